# Cycles of lists, dicts, functions and closures: what gc.collect() finds.
import gc

gc.collect()
l = []
l.append(l)
del l
print("self-referencing list:", gc.collect())

d = {}
d["me"] = d
del d
print("self-referencing dict:", gc.collect())

a, b = [], []
a.append(b)
b.append(a)
a.append([1, 2, 3])
del a, b
print("two lists and a payload list:", gc.collect())

def f():
    pass
f.self = f
del f
print("function with f.self = f:", gc.collect())

class C:
    pass
C.me = C
del C
print("class with C.me = C:", gc.collect())

keep = []
keep.append(keep)
print("still referenced:", gc.collect())
print("alive:", keep[0] is keep)
