# Instances over their life: copy.copy (a new instance whose __dict__ takes
# the state), __class__ assignment (which materializes the dict first), new
# names once many instances took the shared keys' room, values freed by the
# cycle collector, and class attributes changing under instances.
import copy
import gc
import sys
import tracemalloc

warm = [[{}, (i,), (i, i), [i]] for i in range(100)]
del warm
a = b = 0


class C:
    def __init__(self):
        self.a = 1
        self.b = [1]


c = C()
copy.copy(c)
tracemalloc.start()


def mem():
    return tracemalloc.get_traced_memory()[0]


a = mem(); d = copy.copy(c); b = mem(); print('copy', b - a)
a = mem(); e = copy.copy(c); b = mem(); print('copy again', b - a)
a = mem(); del d, e; b = mem(); print('del copies', b - a)
print(sys.getsizeof(c.__dict__))


class M:
    def __init__(self):
        self.x = 1


ms = [M() for _ in range(40)]
a = mem(); ms[0].n1 = 1; b = mem(); print('n1', b - a)
a = mem(); ms[0].n2 = 1; b = mem(); print('n2', b - a)
a = mem(); ms[1].n2 = 1; b = mem(); print('n2 on another', b - a)
print(sys.getsizeof(ms[0].__dict__), sys.getsizeof(ms[2].__dict__), sys.getsizeof(M().__dict__))


class N:
    def __init__(self):
        self.other = None
        self.payload = [0] * 10


def lines(snap):
    return [(st.traceback[0].lineno, st.size, st.count) for st in snap.statistics('lineno')
            if st.traceback[0].filename == __file__ and st.traceback[0].lineno in (59, 60)]


n1 = N()
n2 = N()
n1.other = n2
n2.other = n1
print('cycle', lines(tracemalloc.take_snapshot()))
del n1, n2
gc.collect()
print('after collect', lines(tracemalloc.take_snapshot()))


class A:
    def __init__(self):
        self.x = 1
        self.y = 2


class B:
    def __init__(self):
        self.x = 1
        self.y = 2


o = A()
gc.collect()
mem()
a = mem(); o.__class__ = B; b = mem(); print('__class__', b - a)
print(sys.getsizeof(o.__dict__), type(o).__name__, o.x)




# Class attribute churn leaves the instances' values alone.
class K:
    def __init__(self):
        self.x = 1


ks = [K() for _ in range(3)]
a = mem(); K.y = 5; b = mem(); print('class attr', b - a)
a = mem(); k = K(); b = mem(); print('K() after class attr', b - a)
a = mem(); k.y = 6; b = mem(); print('shadow', b - a, k.y, ks[0].y)
a = mem(); del K.y; b = mem(); print('del class attr', b - a)
K.x = property(lambda s: 42)
print(k.x, sys.getsizeof(k.__dict__), list(k.__dict__))
del K.x
print(k.x)
