# warnings in ordinary programs: a @deprecated decorator, turning warnings
# into errors in a test, collecting warnings, linecache.
import functools
import linecache
import warnings


def deprecated(reason):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            warnings.warn(f"{func.__name__} is deprecated: {reason}", DeprecationWarning,
                          stacklevel=2)
            return func(*args, **kwargs)
        return wrapper
    return decorate


@deprecated("use new_api")
def old_api(x):
    return x + 1


print(old_api(1))  # shown: DeprecationWarning attributed to __main__
print(old_api(2))  # another line: shown again
for i in range(3):
    old_api(i)  # one line: shown once


def check_no_warnings(f):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            f()
        except Warning as w:
            return f"failed: {type(w).__name__}: {w}"
    return "passed"


print(check_no_warnings(lambda: 1 + 1))
print(check_no_warnings(lambda: old_api(5)))
print(check_no_warnings(lambda: warnings.warn("careful", ResourceWarning)))


def parse(values):
    out = []
    for v in values:
        try:
            out.append(int(v))
        except ValueError:
            warnings.warn(f"skipping {v!r}", RuntimeWarning, stacklevel=2)
    return out


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(parse(["1", "x", "3", "y"]))
print([str(w.message) for w in caught], {w.category.__name__ for w in caught})
print(parse(["7", "bad"]))

print(repr(linecache.getline(__file__, 1)))
print(repr(linecache.getline(__file__, 10000)), repr(linecache.getline("<string>", 1)))
print(len(linecache.getlines(__file__)) > 50, linecache.getlines("/no/such/file.py"))
linecache.clearcache()
linecache.checkcache()
