# str and bytes: methods, formatting, repr.
s = "Hello, Wörld! 😀"
print(len(s), s[7], s[-1], s[::-1], s.upper(), s.casefold(), s.title(), s.swapcase())
print(s.split(), s.split(", "), s.rsplit(" ", 1), s.partition("W"), s.find("😀"), s.count("l"))
print(s.encode(), s.encode("ascii", "replace"), s.encode("latin-1", "backslashreplace"))
print(repr("it's"), repr('say "hi"'), repr("both ' \""), repr("\t\n\x00\x7f\u2028"), ascii("é😀"))
print("{:>10}|{:^10}|{:<10}|{!r}".format("a", "b", "c", "d"), "%5.2f|%-5d|%x|%r" % (3.14159, 42, 255, "x"))
print(f"{12345.678:,.2f} {255:#x} {0.25:%} {1e16} {1e-5:g} {-0.0:z.1f} {'x':*^7}")
print("a-b-c".replace("-", "+", 1), "  x  ".strip(), "x".center(5, "*"), "42".zfill(5), "-4".zfill(4))
print("ǅ".istitle(), "١٢٣".isdecimal(), "½".isnumeric(), "x1".isidentifier(), "\u00a0".isspace())
print(b"abc".hex(), bytes.fromhex("de ad"), b"a,b".split(b","), b"x" * 3, bytearray(b"ab") + b"c")
ba = bytearray(b"hello")
ba[0] = 72
ba[1:3] = b"EE"
ba += b"!"
del ba[-1]
ba.extend([33, 33])
print(ba, ba.pop(), len(ba), b"\xff\xfe".decode("utf-8", "replace"), b"%s=%d" % (b"k", 5))
for expr in ["'{0}{}'.format(1, 2)", "'{'.format()", "'%d' % 'a'", "'%s %s' % (1,)", "format(1, 's')",
             "format('a', '+')", "b'\\xff'.decode()", "'é'.encode('ascii')", "'abc'.index('z')"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
import sys
it = iter("é😀xyz")
next(it)
print(it.__length_hint__(), list(it), sys.getsizeof(list(iter("abcde"))), sys.getsizeof(list(iter(b"abcde"))))
print(type(iter("abc")).__name__, type(iter("é")).__name__, type(iter(b"")).__name__, type(iter(bytearray())).__name__)
