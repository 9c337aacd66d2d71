# Which objects the collector tracks (gc.is_tracked).
import gc

print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(1.5), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked(set()), gc.is_tracked(frozenset()))
print(gc.is_tracked(()), gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
t = tuple([1, 2])
print("fresh tuple:", gc.is_tracked(t))
gc.collect(0)
print("after a young collection:", gc.is_tracked(t))
u = (1, [])
gc.collect()
print("tuple holding a list:", gc.is_tracked(u))
d = {"k": []}
del d["k"]
print("dict after its list is gone:", gc.is_tracked(d))
gc.collect()
print("after a full collection:", gc.is_tracked(d))
def f(): pass
print(gc.is_tracked(f), gc.is_tracked(gc))
