# sys.getsizeof and __sizeof__ of operator's getters and functools' partial
# and lru_cache wrappers, for every shape their size could depend on.
# (partial's and lru_cache's __sizeof__ are 16 less than CPython's, see
# tests/divergences/managed-dict-sizeof.py: only getsizeof is shown.)
import functools
import operator
import sys


def show(label, o, sizeof=True):
    print(label, type(o).__name__, sys.getsizeof(o), *[o.__sizeof__()] * sizeof)


for k in range(1, 5):
    show(f"itemgetter {k}", operator.itemgetter(*range(k)))
    show(f"attrgetter {k}", operator.attrgetter(*"abcd"[:k]))
show("itemgetter key", operator.itemgetter("k"))
show("attrgetter dotted", operator.attrgetter("a.b.c"))
show("methodcaller", operator.methodcaller("m"))
show("methodcaller args", operator.methodcaller("m", 1, 2, k=3))
print(operator.itemgetter(1)([5, 6]), operator.itemgetter(0, -1)("abc"), operator.itemgetter("k")({"k": 1}))
print(operator.itemgetter(1), operator.itemgetter(1, "a"), operator.attrgetter("a.b", "c"))
print(operator.attrgetter("real", "imag")(3j), operator.attrgetter("real.imag")(2))

show("partial", functools.partial(len), False)
show("partial args", functools.partial(max, 1, 2, key=abs), False)
show("partial nested", functools.partial(functools.partial(max, 1), 2), False)
for kw in [dict(), dict(maxsize=None), dict(maxsize=0), dict(maxsize=3, typed=True), dict(typed=True)]:
    f = functools.lru_cache(**kw)(abs)
    show(f"lru_cache {kw}", f, False)
    for i in range(10):
        f(-i)
    show("  after calls", f, False)
    print("  ", f.cache_info())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
show("cache", fib, False)
f = functools.lru_cache(maxsize=2)(lambda x: x * 2)
print(sorted(f.__dict__), type(f).__module__, type(f).__qualname__)
print(f(1), f(2), f(1), f(3), f.cache_info(), f.cache_parameters())


class C:
    @functools.lru_cache
    def m(self, x):
        return x + 1


c = C()
print(c.m(1), c.m(1), C.m.cache_info(), type(c.m).__name__, C.m.__get__(None, C) is C.m)

t = functools._CacheInfo; print(t.__name__, t.__qualname__, t.__module__, t._fields, t.__basicsize__, t.__itemsize__)
i = functools.lru_cache(len).cache_info(); print(i, i.hits, sys.getsizeof(i), type(i).__name__)
