# weakref.ref and weakref.proxy: identity, equality, hashing, errors.
import sys, weakref

class O:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, O) and self.v == other.v
    def __hash__(self):
        return hash(self.v)

a = O(1)
b = O(1)
ra = weakref.ref(a)
print(weakref.ref(a) is ra, weakref.ref(a, print) is ra)
rb = weakref.ref(b)
print(ra == rb, ra != rb, hash(ra) == hash(1))
print(sys.getsizeof(ra), sys.getrefcount(a))
print(ra.__callback__, weakref.ref(a, print).__callback__ is print)
p = weakref.proxy(a)
print(weakref.proxy(a) is p, p.v, p == a, type(p).__name__)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
def f():
    return 42
pf = weakref.proxy(f)
print(type(pf).__name__, pf())
del a
print(ra(), ra == ra, ra == rb)
try:
    hash(weakref.ref(O(2)))
except TypeError as e:
    print("TypeError:", e)
try:
    p.v
except ReferenceError as e:
    print("ReferenceError:", e)
for bad in (1, "s", [], (), {}, None, 1.5):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)
class S:
    __slots__ = ("x",)
try:
    weakref.ref(S())
except TypeError as e:
    print("TypeError:", e)
class SW:
    __slots__ = ("x", "__weakref__")
print(weakref.ref(SW())())
print(weakref.ref(len)() is len, weakref.ref(set()) is not None, weakref.ref(O)() is O)
try:
    weakref.ref()
except TypeError as e:
    print("TypeError:", e)
try:
    ra(1)
except TypeError as e:
    print("TypeError:", e)
class MyRef(weakref.ref):
    pass
c = O(3)
m = MyRef(c)
print(type(m).__name__, m() is c, MyRef(c) is m, weakref.getweakrefcount(c))
