# Instances keep their attributes as inline values (3.11) until __dict__ is
# asked for: a cycle of two instances is 2 objects, then 4 once their dicts exist.
import gc

class A:
    pass

gc.collect()
a, b = A(), A()
a.other, b.other = b, a
del a, b
print("two instances:", gc.collect())

a, b = A(), A()
a.other, b.other = b, a
a.__dict__, b.__dict__
del a, b
print("after touching __dict__:", gc.collect())

x = A()
x.items = [1]
x.name = "x"
print(gc.get_referents(x))
print([type(r).__name__ for r in gc.get_referents(x)] if x.__dict__ else None)
y = A()
y.n = 1
print("atomic __dict__ tracked:", gc.is_tracked(y.__dict__))
z = A()
z.l = []
print("__dict__ holding a list tracked:", gc.is_tracked(z.__dict__))
gc.collect()
before = gc.get_count()[0]
many = [A() for _ in range(10)]
for m in many:
    m.v = 1
print("allocations counted:", gc.get_count()[0] - before)
