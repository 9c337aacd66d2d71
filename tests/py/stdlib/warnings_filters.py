# Filters: simplefilter/filterwarnings with every action, message and
# category matching, precedence, resetwarnings.
import warnings


def w(msg, cat=UserWarning):
    warnings.warn(msg, cat)


warnings.simplefilter("ignore")
w("ignored")
print(warnings.filters[0])

warnings.simplefilter("always")
for i in range(2):
    w("always shown")

warnings.simplefilter("error", RuntimeWarning)
try:
    w("now an error", RuntimeWarning)
except RuntimeWarning as e:
    print("raised:", type(e).__name__, e)
w("still shown")

warnings.resetwarnings()
print(warnings.filters)
for i in range(3):
    w("default: once per location")

warnings.simplefilter("once")
for text in ["once A", "once A", "once B"]:
    w(text)
print(sorted((k for k in __warningregistry__ if len(k) == 2), key=str))


def g(text):
    warnings.warn(text)


warnings.simplefilter("module")
g("module-wide")
g("module-wide")
w("module-wide")

warnings.resetwarnings()
warnings.filterwarnings("ignore", message="spam")
warnings.filterwarnings("error", message=".*EGGS")
print(warnings.filters)
w("spam and more")  # ignored: the pattern matches at the start
w("Spam again")  # case does not matter
w("not spam")  # shown (defaults to "default")
try:
    w("fried eggs")
except UserWarning as e:
    print("raised:", e)

warnings.resetwarnings()
warnings.filterwarnings("error", category=DeprecationWarning, module="__main__")
warnings.filterwarnings("ignore", category=DeprecationWarning, module="other")
try:
    w("dep", DeprecationWarning)
except DeprecationWarning as e:
    print("raised:", repr(e))
w("pending dep", PendingDeprecationWarning)  # no filter matches: default

warnings.resetwarnings()
warnings.simplefilter("ignore", append=True)
warnings.simplefilter("error", UserWarning)
warnings.simplefilter("ignore", append=True)  # already there: not added twice
warnings.simplefilter("error", UserWarning)  # moves to the front
print(len(warnings.filters), warnings.filters[0][0])
try:
    w("x")
except UserWarning as e:
    print("raised", e)

warnings.resetwarnings()
warnings.filterwarnings("error", lineno=73)  # only the warning of line 73
w("line 72 is fine")
try:
    warnings.warn("line 73")
except UserWarning as e:
    print("raised", e)

for bad in [lambda: warnings.simplefilter("loud"),
            lambda: warnings.filterwarnings("ignore", 3),
            lambda: warnings.filterwarnings("ignore", category=int),
            lambda: warnings.filterwarnings("ignore", category="x"),
            lambda: warnings.simplefilter("ignore", lineno=-1)]:
    try:
        bad()
    except AssertionError as e:
        print("AssertionError:", e)
warnings.filters.insert(0, ("loud", None, Warning, None, 0))
try:
    w("bad action")
except RuntimeError as e:
    print("RuntimeError:", e)
