import sys
print(sys.getsizeof(2**60), sys.getsizeof(-1), sys.getsizeof(10**100))
print(sys.getsizeof("a" * 100), sys.getsizeof("€"), sys.getsizeof(b""), sys.getsizeof(b"abc"))
print(sys.getsizeof(1j), sys.getsizeof(slice(1, 2)))
print(sys.getsizeof(list(range(10))), sys.getsizeof([0] * 10), sys.getsizeof([i for i in range(5)]))
print(sys.getsizeof(frozenset()), sys.getsizeof(iter([])))
print(sys.getsizeof(int), sys.getsizeof(sys))
d = {}
sizes = []
for i in range(12):
    sizes.append(sys.getsizeof(d))
    d[str(i)] = i
print(sizes)
