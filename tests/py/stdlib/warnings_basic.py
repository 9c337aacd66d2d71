# warnings.warn: CPython's format on stderr, once per location, stacklevel,
# categories, the module's __warningregistry__.
import sys
import warnings

print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)


def f(n):
    warnings.warn("f was called")
    return n


for i in range(3):
    f(i)  # shown once: the same (text, category, line)
print(sorted(k for k in __warningregistry__ if k != "version"), __warningregistry__["version"])


def deprecated_api():
    warnings.warn("deprecated_api is deprecated", DeprecationWarning, stacklevel=2)


deprecated_api()  # DeprecationWarning shown: it is attributed to __main__
deprecated_api()  # another line, shown again


def helper():
    warnings.warn("from the caller's caller", stacklevel=3)


def outer():
    helper()


outer()
warnings.warn("a runtime problem", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
warnings.warn(FutureWarning("category comes from the instance"), DeprecationWarning)
warnings.warn("no such frame", stacklevel=50)
warnings.warn(42)
print(sys.__warningregistry__)


class MyWarning(UserWarning):
    pass


warnings.warn("custom", MyWarning)
warnings.warn("pending", PendingDeprecationWarning)  # ignored by default
warnings.warn("resource", ResourceWarning)  # ignored by default
warnings.warn("bytes", BytesWarning)

for bad in ["abc", int, 3]:
    try:
        warnings.warn("x", bad)
    except TypeError as e:
        print("TypeError:", e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 12), end="")
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "  some code  "), end="")
warnings.showwarning("shown", SyntaxWarning, "where.py", 3, sys.stdout)
warnings.showwarning("shown", SyntaxWarning, "where.py", 3, sys.stdout, "the line")
print("done")
