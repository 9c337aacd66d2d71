# The order of __del__ and weakref callbacks, on refcount death and in a cycle.
import gc, weakref

log = []
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(f"__del__ {self.name}")

a = A("a")
refs = [weakref.ref(a, lambda w, i=i: log.append(f"cb r{i}")) for i in (1, 2, 3)]
p = weakref.proxy(a, lambda w: log.append("cb proxy"))
del a
print(log)

log.clear()
class Z:
    def __del__(self):
        log.append("Z.__del__")
z = Z()
weakref.finalize(z, log.append, "finalize")
rz = weakref.ref(z, lambda w: log.append("cb rz"))
del z
print(log)

log.clear()
class Seer:
    def __del__(self):
        log.append(("alive in __del__", r() is self))
s = Seer()
r = weakref.ref(s)
del s
print(log, r())

log.clear()
gc.collect()
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(f"__del__ {self.name} sees {wr_a() is None}")
a, b = N("a"), N("b")
a.other, b.other = b, a
wr_a = weakref.ref(a, lambda w: log.append("cb ra"))
wr_b = weakref.ref(b, lambda w: log.append("cb rb"))
wr_a2 = weakref.ref(a, lambda w: log.append("cb ra2"))
del a, b
gc.collect()
print(log)

log.clear()
c = N("c")
c.self = c
c.inner = weakref.ref(c, lambda w: log.append("never called"))
del c
gc.collect()
print(log)

log.clear()
x = N("x")
basic = weakref.ref(x)
r1 = weakref.ref(x, lambda w: None)
r2 = weakref.ref(x, lambda w: None)
px = weakref.proxy(x, lambda w: None)
r3 = weakref.ref(x, lambda w: None)
refs = weakref.getweakrefs(x)
print([basic is refs[0], r3 is refs[1], px is refs[2], r2 is refs[3], r1 is refs[4]])
print(weakref.getweakrefcount(x))
del x
print(log)
