# functools: reduce, partial, wraps, lru_cache/cache with cache_info, total_ordering, cmp_to_key, cached_property.
from functools import reduce, partial, wraps, lru_cache, cache, total_ordering, cmp_to_key, cached_property
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1))
try: reduce(operator.add, [])
except TypeError as e: print(e)
p = partial(int, base=2); print(p("101"), p.func is int, p.args, p.keywords)
pp = partial(partial(max, 1), 5); print(pp(3), pp.args)
def deco(f):
    @wraps(f)
    def inner(*a): return f(*a)
    return inner
@deco
def hello(x):
    "say hi"
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello(3))
@lru_cache(maxsize=2)
def sq(n): return n * n
print([sq(i) for i in (1, 2, 1, 3, 1, 2)], sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.cache_parameters())
@cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache
def ident(x): return x
print(ident(5), ident.cache_info())
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(2) <= V(2), V(3) > V(1), V(1) >= V(2))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
class C:
    calls = 0
    @cached_property
    def val(self):
        C.calls += 1
        return 42
c = C(); print(c.val, c.val, C.calls, "val" in c.__dict__)
