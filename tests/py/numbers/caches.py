# Caches and singletons of numbers and text (CPython 3.11): small ints, the
# float free list, one-character strings, interning, sizes.
import sys

a = 255
b = a + 1
print("255 + 1 is 256:", b is int("256"))
c = int("257")
d = int("257")
print("int('257') is int('257'):", c is d)
print("int('256') is int('256'):", int("256") is int("256"))

x = float("1.5")
i = id(x)
del x
y = float("2.5")
print("float id reused:", id(y) == i)

s = "abc"
print("one-char str cached:", s[0] is chr(97), chr(97) is chr(97), chr(300) is chr(300))
e = str()
print("'' singleton:", "".join([]) is e, s[3:] is e)
t = "".join(["hello", " ", "world"])
u = "".join(["hello", " ", "world"])
print("runtime strs equal, not identical:", t == u, t is u)
print("interned:", sys.intern(t) is sys.intern(u))
print("bytes singletons:", b"ab"[1:] is bytes([98]), bytes([65]) is bytes([65]), b"a"[1:] is bytes())

for v in [0, 1, -1, 2**30 - 1, 2**30, 2**60, 2**100, True, 1.5, 1j, "", "a", "abc", "é", "€", "😀", "é" * 100, b"", b"abc", bytearray(), bytearray(b"abc")]:
    print(repr(v)[:20], sys.getsizeof(v))

ba = bytearray()
sizes = []
for n in range(20):
    sizes.append(sys.getsizeof(ba))
    ba.append(n)
print(sizes)
print(hash("abc"), hash(b"abc"), hash(-1), hash(1.0) == hash(1), hash(0.5), hash(float("inf")))
print(sorted({"banana", "apple", "cherry"}) == ["apple", "banana", "cherry"])
print(list({"banana", "apple", "cherry", "date", "elderberry"}))
t = bool(1)
print(t + t, ~t, repr(t), t & False, t | 0, isinstance(t, int))
