# Set and dict layouts depend on hashes: with PYTHONHASHSEED=0 heapscope's
# str/bytes hashes equal CPython's, so set iteration orders match too.
words = "the quick brown fox jumps over the lazy dog é€ 😀 naïve café 日本 x y z".split()
print(list(set(words)))
print(list({w.encode() for w in words}))
vals = [1.5, -2.25, 1e300, 0.1, 3, 2**61, -(2**60), 2**64 + 1, 10**20, -1]
print(list(set(vals)))
print(list({(1, "a"), ("b", 2.5), (b"c",), (None, True)}))
print(list(frozenset(str(i) for i in range(40))))
print([hash(w) for w in words[:6]])
print(hash(2**100), hash(-(2**100)), hash(1e-300), hash(-0.0), hash(complex(1.5, -2)), hash((1, "a")))
s = set()
for i in range(100):
    s.add("k%d" % i)
    if i % 7 == 0:
        s.discard("k%d" % (i // 2))
print(list(s)[:30])
