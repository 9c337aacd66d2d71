# Subclasses of int, float, str and bytes: values, sizes, results of operators.
import sys


class I(int):
    pass


class F(float):
    def __repr__(self):
        return "F(%s)" % float.__repr__(self)


class S(str):
    def shout(self):
        return self.upper() + "!"


class B(bytes):
    pass


i = I(5)
f = F("2.5")
s = S("abc")
b = B(b"xy")
print(i, repr(i), type(i + 1).__name__, type(-i).__name__, i == 5, hash(i) == hash(5), sys.getsizeof(i))
print(f, repr(f), type(f * 2).__name__, f.is_integer(), sys.getsizeof(f), F.fromhex("0x1p1"), type(F.fromhex("0x1p1")).__name__)
print(s, repr(s), s.shout(), type(s + "d").__name__, type(s[1:]).__name__, type(str(s)).__name__, sys.getsizeof(s), len(s))
print(b, type(b[:1]).__name__, sys.getsizeof(b), B.fromhex("41"), type(B.fromhex("41")).__name__)
print(int.from_bytes(b"\x01", "big"), I.from_bytes(b"\x02", "big"), type(I.from_bytes(b"\x02", "big")).__name__)
print(I("12", 8), I(), F(), S(), isinstance(I(1), int), issubclass(bool, int), int(I(7)), float(F(1.5)).__class__.__name__)
print(format(I(1234), ","), format(F(0.5), ".1%"), format(S("x"), ">3"), "%s %r" % (s, i))
