# description: gc.collect() counts 3 objects for a closure cycle where CPython counts 4.
# cause: a function's __closure__ is not a separate tuple object in heapscope's vm; CPython's
#   closure tuple is one more GC object in the cycle (function, cell, closure tuple, list).
# workaround: none needed unless you compare collect() counts of closure cycles.
# issue: 5 (the collector) / 4 (the runtime's function objects)
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
