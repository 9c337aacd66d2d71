# Iteration orders that depend on the hash table layout (PYTHONHASHSEED=0):
# sets of ints, of strings, after removals; dict orders are insertion orders.
words = "the quick brown fox jumps over the lazy dog and then some more words".split()
s = set(words)
print(s)
s.discard("fox")
s.discard("lazy")
s.update(["zebra", "yak", "xylophone"])
print(s)
print(set(range(-10, 50, 7)), set([2**40, 2**61, -1, -2, 0, 7, 2**64 + 3]))
print({i * 8 for i in range(20)}, {i * 1000003 for i in range(12)})
nums = set(range(100))
for i in range(0, 100, 3):
    nums.discard(i)
print(nums)
nums.add(1000)
nums.add(3)
print(nums)
print(frozenset(words) == frozenset(reversed(words)), sorted(frozenset(words)) == sorted(set(words)))
print(set("abracadabra"), set("héllo wörld"), {"a", "€", "😀", "b"})
d = dict.fromkeys(words)
print(list(d))
del d["quick"]
d["quick"] = 1
print(list(d), len(d))
print({(1, 2), (2, 1), (0, 0), ("a", 1)})
print(hash((1, 2, 3)), hash(frozenset({1, 2, 3})), hash(("a", "b")), hash(range(5)))
