# What happens to an instance's values through its __dict__: stores into the
# split dict, non-str keys, popitem, clear, copy, dict(), update, vars(),
# replacing and deleting __dict__, and attribute deletion.
import sys
import tracemalloc

warm = [[{}, (i,), (i, i)] for i in range(100)]
del warm
a = b = c = 0
tracemalloc.start()


def mem():
    return tracemalloc.get_traced_memory()[0]


class B:
    def __init__(self):
        self.a = 1
        self.b = 2


o = B()
a = mem(); del o.a; b = mem(); print('del o.a', b - a)
a = mem(); o.a = 5; b = mem(); print('o.a again', b - a)
a = mem(); d = o.__dict__; b = mem(); print('o.__dict__', b - a, sys.getsizeof(d), list(d))
a = mem(); d['c'] = 3; b = mem(); print("d['c']", b - a, sys.getsizeof(d))
a = mem(); d[1] = 3; b = mem(); print('d[1]', b - a, sys.getsizeof(d), list(d))
o2 = B()
a = mem(); d2 = vars(o2); b = mem(); print('vars', b - a, sys.getsizeof(d2))
a = mem(); del d2['a']; b = mem(); print("del d2['a']", b - a, sys.getsizeof(d2))
a = mem(); d2.popitem(); b = mem(); print('popitem', b - a, sys.getsizeof(d2))
o3 = B()
a = mem(); o3.__dict__ = {'k': 1}; b = mem(); print('replace __dict__', b - a)
o4 = B()
a = mem(); c4 = o4.__dict__.copy(); b = mem(); print('copy', b - a, sys.getsizeof(c4), list(c4))
a = mem(); del c4; b = mem(); print('del copy', b - a)
a = mem(); o4.__dict__.clear(); b = mem(); print('clear', b - a, sys.getsizeof(o4.__dict__))
o5 = B()
a = mem(); del o5; b = mem(); print('del instance', b - a)
o6 = B()
d6 = o6.__dict__
a = mem(); del o6; b = mem(); print('del instance with dict', b - a)
a = mem(); del d6; b = mem(); print('del its dict', b - a)
o7 = B()
o7.__dict__
a = mem(); e = dict(o7.__dict__); b = mem(); print('dict(split)', b - a, sys.getsizeof(e))
a = mem(); o8 = B(); o8.__dict__.update({'a': 1, 'z': 2}); b = mem(); print('update', b - a)
print(sys.getsizeof(o8.__dict__))


class S(str):
    pass


o9 = B()
a = mem(); setattr(o9, S('zz'), 1); b = mem(); print('str subclass name', b - a)
print(sys.getsizeof(o9.__dict__))


class Q:
    pass


q = Q()
q.a = 1
a = mem(); del q.__dict__; b = mem(); print('del __dict__', b - a)
a = mem(); q.b = 2; b = mem(); print('attr after del __dict__', b - a)
print(sys.getsizeof(q.__dict__), list(q.__dict__))
q2 = Q()
a = mem(); v = vars(q2); b = mem(); print('vars of empty', b - a, sys.getsizeof(v))


# Deleting an unknown attribute still adds its name to the shared keys.
class D:
    pass


dd = D()
try:
    del dd.nope
except AttributeError as exc:
    print('AttributeError:', exc)
print(sys.getsizeof(D().__dict__))

# Deletion then re-adding: insertion order is the instance's own.
class R:
    pass


r = R()
r.a = 1
r.b = 2
r.c = 3
del r.a
r.a = 4
print(list(r.__dict__), sys.getsizeof(r.__dict__))
r2 = R()
r2.c = 1
r2.b = 2
print(list(vars(r2)), r2.__getstate__(), R().__getstate__())
