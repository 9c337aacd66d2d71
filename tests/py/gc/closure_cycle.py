# A closure cycle: list -> function -> closure tuple -> cell -> list is 4 objects,
# and making a closure allocates 3 GC objects (function, cell, closure tuple).
import gc

gc.collect()
def outer():
    x = []
    def inner():
        return x
    x.append(inner)
    return inner
g = outer()
del g
print("closure cycle:", gc.collect())
import sys
def outer():
    x = 1
    def inner(): return x
    return inner
f = outer()
print(f.__closure__ is f.__closure__, type(f.__closure__).__name__, len(f.__closure__))
print(sys.getrefcount(f.__closure__[0]), gc.is_tracked(f.__closure__))
gc.collect()
c0 = gc.get_count()[0]
fs = [outer() for _ in range(10)]
print(gc.get_count()[0] - c0)
print(f.__closure__[0].cell_contents)
