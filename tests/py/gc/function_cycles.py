# Functions in cycles through their defaults, __dict__ and closures are broken
# by the function's tp_clear and freed in one collection.
import gc

gc.collect()
def f():
    pass
f.__defaults__ = (f,)
del f
print("function <-> defaults:", gc.collect())

class D:
    def __del__(self):
        print("D freed")

def g():
    pass
g.__defaults__ = (g, D())
del g
print("with a payload:", gc.collect())

def h():
    pass
h.me = h
h.__kwdefaults__ = {"k": h}
del h
print("dict and kwdefaults:", gc.collect())
print("nothing left:", gc.collect())
