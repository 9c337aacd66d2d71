# Attribute loads stay right while classes and instances change under a call site.
class P:
    def __init__(self, x):
        self.x = x
def get(o):
    return o.x
ps = [P(i) for i in range(3)]
print([get(p) for p in ps])
del ps[1].x
try:
    get(ps[1])
except AttributeError as e:
    print("AttributeError:", e)
ps[1].y = 5
ps[1].x = 7
print([get(p) for p in ps])
P.x = property(lambda self: "property wins")
print([get(p) for p in ps])
del P.x
print([get(p) for p in ps])
class Q(P):
    pass
q = Q(10)
print(get(q), get(ps[0]))
P.__getattr__ = lambda self, n: "fallback " + n
print(get(q), get(P.__new__(P)))
P.__getattribute__ = lambda self, n: "everything " + n
print(get(q), get(ps[0]))
del P.__getattribute__, P.__getattr__
print(get(q), get(ps[2]))
q.__class__ = P
print(get(q))
q.__dict__["x"] = "via __dict__"
print(get(q))
q.__dict__.clear()
q.__dict__.update(x="updated")
print(get(q))
class Meta(type):
    x = "meta attribute"
class R(metaclass=Meta):
    pass
print(get(R), get(R), [get(o) for o in (q, R, ps[0])])
class S:
    __slots__ = ("x",)
s = S()
s.x = "slot"
print(get(s))
import types
ns = types.SimpleNamespace(x="namespace")
print(get(ns), get(ns))
class D(dict):
    pass
d = D()
d.x = "dict subclass"
print(get(d), get(d))
# Stores through one site.
def put(o, v):
    o.x = v
a, b = P(1), P(2)
for v in range(3):
    put(a, v)
    put(b, [v])
print(get(a), get(b))
import gc
print(gc.is_tracked(a.__dict__), gc.is_tracked(P(3).__dict__))
P.x = property(lambda self: "ro")
try:
    put(a, 9)
except AttributeError as e:
    print("AttributeError:", e)
del P.x
put(a, 10)
print(get(a))
class W(P):
    def __setattr__(self, n, v):
        print("setattr", n, v)
        object.__setattr__(self, n, v)
w = W(0)
put(w, 1)
put(w, 2)
print(get(w))
class Dying:
    def __del__(self):
        print("old value dies; a.x is", get(a))
put(a, Dying())
put(a, "new")
print(get(a))
