# Reference counts and allocated blocks of one-character str results
# (CPython 3.11). A new object has small, exact counts; a cached singleton
# is statically allocated and its count is huge (printed as "static").
# sys.getallocatedblocks() shows 100 new objects for a loop of fresh
# results and none for a loop of cached ones.
import sys

x = 3


def rc(o):
    n = sys.getrefcount(o)
    return "static" if n > 100000 else n


def show(name, r):
    print(f"{name:28} {r!r:5} rc={rc(r)}")


show("str(3)", str(x))
show("repr(3)", repr(x))
show("f'{3}'", f"{x}")
show("format(3)", format(x))
show("format(3, 'd')", format(x, "d"))
show("'%d' % 3", "%d" % x)
show("'%s' % (3,)", "%s" % (x,))
show("'{}'.format(3)", "{}".format(x))
show("'a'.upper()", "a".upper())
show("'b'.replace('b', 'a')", "b".replace("b", "a"))
show("''.join(['a', ''])", "".join(["a", ""]))
show("'ab'[0]", "ab"[0])
show("chr(97)", chr(97))
show("b'a'.decode()", b"a".decode())
show("''.upper()", "".upper())
# bool's reprs are static identifier strings (not the interned ones).
show("str(True)", str(True))
show("format(False)", format(False))
print("repr(True) is sys.intern('True'):", repr(True) is sys.intern("True"))

# A new str kept in several places: its count follows the references.
a = str(x)
print("a:", rc(a))
lst = [a, a, a]
print("a in a list three times:", rc(a))
d = {a: a}
print("and a dict key and value:", rc(a))
same = "{}".format(a)
print("'{}'.format(a) is a:", same is a, rc(a))
del lst, d, same
print("after del:", rc(a))
u = a.upper()
print("a.upper() is a new object:", u is not a, rc(u), rc(a))

# Blocks: a list of 100 results from each path.
slots = [None] * 100


def blocks(make):
    for i in range(100):
        slots[i] = None
    before = sys.getallocatedblocks()
    for i in range(100):
        slots[i] = make(i)
    return sys.getallocatedblocks() - before


print("blocks for str(i % 10):", blocks(lambda i: str(i % 10)))
print("blocks for chr(48 + i % 10):", blocks(lambda i: chr(48 + i % 10)))
print("blocks for f'{i % 10}':", blocks(lambda i: f"{i % 10}"))
print("blocks for '%d' % (i % 10):", blocks(lambda i: "%d" % (i % 10)))
print("blocks for 'abc'[i % 3].upper():", blocks(lambda i: "abc"[i % 3].upper()))
print("blocks for 'abc'[i % 3]:", blocks(lambda i: "abc"[i % 3]))
print("blocks for ''.join(['a', '']):", blocks(lambda i: "".join(["a", ""])))
print("blocks for ''.join(['a']):", blocks(lambda i: "".join(["a"])))
print("blocks for format(i % 10, 'd'):", blocks(lambda i: format(i % 10, "d")))
