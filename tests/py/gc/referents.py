# gc.get_referents / get_referrers / get_objects.
import gc

m = [9]
print(gc.get_referents([1, "s", m]) == [m, "s", 1])
print(gc.get_referents(1), gc.get_referents("abc"))
d = {"x": m}
print(gc.get_referents(d) == [m])
holder = [m]
refs = gc.get_referrers(m)
print(any(r is holder for r in refs), any(r is d for r in refs))
objs = gc.get_objects()
print(any(o is holder for o in objs))
try:
    gc.get_objects(3)
except ValueError as e:
    print(e)
try:
    gc.get_objects(-2)
except ValueError as e:
    print(e)
