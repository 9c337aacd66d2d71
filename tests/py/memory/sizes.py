# sys.getsizeof of common objects and how containers grow.
import sys
print([sys.getsizeof(x) for x in (0, 1, 2**30, 2**60, -1, True, 1.5, 1j, None)])
print([sys.getsizeof(s) for s in ("", "a", "abc", "é", "€", "😀", "a" * 100)])
print([sys.getsizeof(b) for b in (b"", b"abc", bytearray(), bytearray(b"abc"))])
print([sys.getsizeof(t) for t in ((), (1,), (1, 2, 3))], sys.getsizeof([]), sys.getsizeof([1, 2, 3]))
growth = []
l = []
for i in range(20):
    growth.append(sys.getsizeof(l))
    l.append(i)
print("list:", growth)
growth = []
d = {}
for i in range(12):
    growth.append(sys.getsizeof(d))
    d[str(i)] = i
print("dict:", growth)
growth = []
s = set()
for i in range(20):
    growth.append(sys.getsizeof(s))
    s.add(i)
print("set:", growth)
print(sys.getsizeof(range(10)), sys.getsizeof(slice(1, 2)), sys.getsizeof(iter([])), sys.getsizeof(list(range(5))))
def gen():
    yield 1
print("generator vs list:", sys.getsizeof(gen()), sys.getsizeof(list(range(1000))))
