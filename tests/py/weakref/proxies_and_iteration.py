# Proxies forward every operation to the referent; weak containers queue
# removals while they are being iterated.
import gc, weakref

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))
    __radd__ = __add__
    def __len__(self):
        return self.v
    def __getitem__(self, i):
        return i * self.v
    def __iter__(self):
        return iter(range(self.v))
    def __bool__(self):
        return self.v != 0
    def __repr__(self):
        return f"Num({self.v})"
    def __call__(self, x):
        return x + self.v
    def __contains__(self, x):
        return x == self.v

n = Num(3)
p = weakref.proxy(n)
print((p + 1).v, (1 + p).v, len(p), p[4], list(p), bool(p), 3 in p, str(p), p(10))
print(type(p).__name__, isinstance(p, Num), p.__class__.__name__)
p.w = 5
print(n.w)
del p.w
print(hasattr(n, "w"))
lst = [1, 2]
class Box(list):
    pass
b = Box([1, 2, 3])
pb = weakref.proxy(b)
pb.append(4)
print(b, len(pb), pb[-1])
del n
for op in (lambda: p + 1, lambda: len(p), lambda: p.v, lambda: str(p)):
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError:", e)

class K:
    def __init__(self, i):
        self.i = i

objs = [K(i) for i in range(6)]
d = weakref.WeakValueDictionary((i, o) for i, o in enumerate(objs))
it = iter(d.items())
first = next(it)
del objs[2:4]
print(len(d._pending_removals), sorted(k for k, v in it))
print(len(d), sorted(d))
del first, it

s = weakref.WeakSet(objs)
it = iter(s)
x = next(it)
del objs[:], x
print(len(s))  # the suspended iterator still holds the item it yielded
del it
print(len(s), list(s))
