# Corner cases of the collector's shortcuts (collector.ts folds untrack_tuples
# into move_unreachable, runs update/subtract as one walk in full collections
# when nothing is frozen, and skips the resurrection recompute when no Python
# code ran): each must give what CPython's separate passes give.
import gc
import weakref

gc.disable()
gc.collect()

# A tuple whose only other referent is a tuple made before it: the inner one
# is tentatively unreachable, then moved back to the end of young when the
# outer one is reached, so the outer is examined while the inner is still
# tracked, and stays tracked one more collection.
t = tuple([1, 2])
u = (t,)
del t
gc.collect()
print("outer after one:", gc.is_tracked(u), "inner:", gc.is_tracked(u[0]))
gc.collect()
print("outer after two:", gc.is_tracked(u))

# Made in the other order, both go in one collection.
a = tuple([3])
b = (a,)
gc.collect()
print("in order:", gc.is_tracked(a), gc.is_tracked(b))

# A dict whose value is a tuple untracked by the same full collection.
d = {"x": tuple([4, 5])}
print("dict before:", gc.is_tracked(d))
gc.collect()
print("dict after:", gc.is_tracked(d))
# The same with the dict ahead of the tuple in the generation's list: tuples
# are all examined before any dict.
d2 = {"z": []}
d2["x"] = tuple([7, 8])
del d2["z"]
gc.collect()
print("dict ahead of its tuple:", gc.is_tracked(d2), gc.is_tracked(d2["x"]))
# Dicts holding a tuple that stays tracked, a tuple subclass, or a list.
class T(tuple):
    pass


d3 = {"t": ([],), "s": T([1]), "n": 1}
d4 = {"t": ([],)}
d5 = {"s": T([1])}
d6 = {1: tuple([2]), (3,): 4}
gc.collect()
print("dicts:", gc.is_tracked(d3), gc.is_tracked(d4), gc.is_tracked(d5), gc.is_tracked(d6))
# A young collection does not untrack dicts.
e = {"y": tuple([6])}
gc.collect(0)
print("dict after a young collection:", gc.is_tracked(e), gc.is_tracked(e["y"]))

# Nested tuples several levels deep, with lists in between.
n = ([tuple([1])],)
gc.collect()
print("tuple holding a list:", gc.is_tracked(n), gc.is_tracked(n[0][0]))


# Cycles among objects that reference frozen ones (the frozen objects are not
# being collected, so their references do not count).
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


keep = [Node("frozen")]
gc.freeze()
x = Node("x")
y = Node("y")
x.other = y
y.other = x
x.frozen = keep[0]
del x, y
print("with a frozen generation:", gc.collect(), gc.get_freeze_count() > 0)
gc.unfreeze()
print("after unfreeze:", gc.collect())

# A weakref callback runs during a collection: the collection recomputes
# reachability afterwards, and a callback that stores a new object keeps it.
log = []


class Target:
    pass


def cycle_with_ref():
    p = Target()
    q = Target()
    p.q = q
    q.p = p
    return weakref.ref(p, lambda r: log.append("callback")), p


r, p = cycle_with_ref()
del p
print("with a callback:", gc.collect(), log, r())


# A finalizer that resurrects one object of a cycle: the other survives too.
saved = []


class Phoenix:
    def __del__(self):
        saved.append(self)


def phoenix_cycle():
    f = Phoenix()
    g = [f]
    f.g = g


phoenix_cycle()
print("resurrected:", gc.collect(), len(saved), type(saved[0].g).__name__)
saved.clear()
print("second time (no __del__ again):", gc.collect())

# Many pairs of lists: the count is exact with and without the shortcuts.
for i in range(1000):
    l1 = []
    l2 = [l1]
    l1.append(l2)
del l1, l2
print("pairs:", gc.collect())
live = [[] for i in range(500)]
print("live only:", gc.collect())
print(gc.get_stats()[2]["collections"] > 0)
