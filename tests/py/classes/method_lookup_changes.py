# Method calls stay right when a class gains __getattr__/__getattribute__ later,
# when an instance attribute shadows a method, and for built-in and subclassed types.
class A:
    def m(self):
        return "A.m"
a = A()
print(a.m())
a.m = lambda: "instance"
print(a.m())
del a.m
print(a.m())
def ga(self, name):
    return "getattribute:" + name
A.__getattribute__ = ga
print(a.m)
del A.__getattribute__
print(a.m())
class B(A):
    pass
b = B()
print(b.m())
A.m = lambda self: "new A.m"
print(b.m(), a.m())
B.__getattr__ = lambda self, n: "missing " + n
print(b.other, b.m())
class S(str):
    def __getattribute__(self, n):
        if n == "upper":
            return lambda: "hooked"
        return str.__getattribute__(self, n)
s = S("abc")
print(s.upper(), s.lower(), "xY".swapcase(), [1, 2].copy(), {"k": 1}.get("k"))
class L(list):
    def append(self, x):
        list.append(self, x * 2)
l = L()
l.append(3)
print(l, [].append(1))
try:
    "x".nope()
except AttributeError as e:
    print(e)
# One call site, changing classes.
def call(o):
    return o.m()
class M1:
    def m(self): return "M1"
class M2(M1):
    pass
objs = [M1(), M2(), M1()]
print([call(o) for o in objs])
M1.m = lambda self: "replaced"
print([call(o) for o in objs])
M2.m = lambda self: "M2 own"
print([call(o) for o in objs])
objs[0].m = lambda: "instance shadow"
print([call(o) for o in objs])
del M2.m
print([call(o) for o in objs])
print(call([3, 1]) if False else [call(x) for x in (type("T", (), {"m": lambda s: "T"})(),)])
