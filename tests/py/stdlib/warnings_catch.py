# catch_warnings: record=True, restoring filters and hooks, WarningMessage,
# replacing showwarning/formatwarning, warn_explicit.
import sys
import warnings


def risky(n):
    warnings.warn(f"risky {n}", RuntimeWarning)
    return n * 2


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    risky(1)
    risky(2)
    warnings.warn("plain")
print(len(log))
for m in log:
    print(m.category.__name__, m.message, type(m.message).__name__, m.lineno, m.filename.endswith(".py"))
print(str(log[0]).replace(__file__, "FILE"))
print(type(log[0]).__name__, log[0].file, log[0].line, log[0].source)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        risky(3)
    except RuntimeWarning as e:
        print("error inside:", e)
risky(4)  # outside: the default filter again (shown)
print(warnings.filters[0][0])

cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw as log2:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print(e)
print(log2)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print(e)

with warnings.catch_warnings(action="ignore"):
    risky(5)
with warnings.catch_warnings(record=True, action="always", category=UserWarning) as log3:
    warnings.warn("in 3")
    risky(6)  # RuntimeWarning: the default filter (once at this line)
print([str(m.message) for m in log3])


def my_show(message, category, filename, lineno, file=None, line=None):
    print("my_show:", category.__name__, message, lineno)


old = warnings.showwarning
warnings.showwarning = my_show
warnings.warn("through my_show")
warnings.showwarning = old


def my_format(message, category, filename, lineno, line=None):
    return f"[{category.__name__}] {message}\n"


warnings.formatwarning = my_format
warnings.warn("through my_format")
warnings.formatwarning = warnings._formatwarning_orig

reg = {}
warnings.warn_explicit("explicit", UserWarning, "virtual.py", 7, registry=reg)
warnings.warn_explicit("explicit", UserWarning, "virtual.py", 7, registry=reg)
print(reg)
warnings.warn_explicit("no module given", SyntaxWarning, "prog.py", 1)
try:
    warnings.warn_explicit("m", UserWarning, "f.py", 1, registry=[])
except TypeError as e:
    print(e)
sys.stderr.flush()
