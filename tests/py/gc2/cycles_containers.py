# Cycles through dicts, sets of tuples holding lists, and instances' dicts.
import gc
gc.collect()
d = {}; d["self"] = d; del d
print(gc.collect())
l = [1]; t = (l,); l.append(t); del l, t
print(gc.collect())
class N: pass
a, b, c = N(), N(), N()
a.n, b.n, c.n = b, c, a
del a, b, c
print(gc.collect())
