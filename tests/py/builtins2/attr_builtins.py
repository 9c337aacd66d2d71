class P:
    x = 1
p = P()
setattr(p, "y", 2)
print(getattr(p, "x"), getattr(p, "y"), hasattr(p, "z"), getattr(p, "z", None))
delattr(p, "y")
print(hasattr(p, "y"), vars(p), "x" in dir(p))
try:
    getattr(p, "missing")
except AttributeError as e:
    print(e)
try:
    getattr(p, 5)
except TypeError as e:
    print(e)
print(callable(P), callable(p), isinstance(p, P), isinstance(p, (int, P)), id(p) == id(p))
print(hash("a") == hash("a"), type(hash(1.5)).__name__, hash(True), hash(-1))
