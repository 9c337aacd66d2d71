# CPython 3.11's AST optimizer compiles `'literal' % (a, b)` into an f-string
# when every unit is a simple %s, %r or %a (flags, width and precision of at
# most two digits): the text is the same, but the result is FORMAT_VALUE's
# object (str(3) is a new str) and errors point at the operand.
import sys

x = 3
y = "ab"
s = "a"


def fresh(r):
    return sys.getrefcount(r) < 1000


print("%s" % (x,), "%5s|%-5s|%.1s|%r|%a" % (x, y, y, y, "é"), "%s%%%s" % (x, y))
print("%+5s|%05s|%#s|% s|%.s|" % (x, y, x, y, y), "%10.5s|" % (y,), "%99s|" % (x,))
print("new objects:", fresh("%s" % (x,)), fresh("%s%s" % (x, "")), fresh("%r" % (x,)))
print("the operand itself:", ("%s" % (y,)) is y, ("%s" % (s,)) is s)
print("not rewritten:", fresh("%d" % (x,)), fresh("%s" % ("a",)))
fmt = "%s"
print("a runtime format is str.__mod__:", fresh(fmt % (x,)))
for f, args in [("%s %s", (x,)), ("%s", (x, x)), ("%(a)s", (x,)), ("%s %d", (x, y))]:
    try:
        print(f % args)
    except TypeError as e:
        print(type(e).__name__, e)


class E:
    def __str__(self):
        raise ValueError("boom")

    def __repr__(self):
        return 5


e = E()
try:
    print("value: %r" % (e,))
except TypeError as exc:
    print("TypeError", exc)
print("%s and %s" % (1, e))
