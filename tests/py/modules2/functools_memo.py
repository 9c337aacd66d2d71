# functools in practice: memoized recursion, partial application, reduce.
from functools import lru_cache, partial, reduce, wraps
@lru_cache(maxsize=None)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(60), ways.cache_info().hits > 0)
to_hex = partial(format, format_spec="x")
try:
    to_hex(255)
except TypeError as e:
    print(e)
to_hex = partial(lambda v, spec: format(v, spec), spec="x")
print(to_hex(255), list(map(partial(pow, 2), range(5))))
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3]), reduce(max, [3, 9, 2]))
def logged(f):
    @wraps(f)
    def wrapper(*a, **k):
        print("calling", f.__name__, a)
        return f(*a, **k)
    return wrapper
@logged
def area(w, h): return w * h
print(area(2, 3), area.__name__, area.__wrapped__(1, 1))
