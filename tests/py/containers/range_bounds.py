# range lengths, items and iteration at the edges of the double-precision fast paths.
import sys

big = 2 ** 50
edges = [
    (0, 10, 3), (10, 0, -3), (0, 0, 1), (5, 1, 1), (-7, 7, 2), (7, -7, -2),
    (-big, big, 1), (-big, big, 3), (big, -big, -7), (0, big + 1, big),
    (-(2 ** 51), 2 ** 51, 2 ** 50 - 1), (0, 2 ** 53, 1), (-(2 ** 53), 2 ** 53, 3),
    (2 ** 52 - 5, 2 ** 52 + 5, 2), (-(2 ** 63), 2 ** 63, 2 ** 61),
    (0, 2 ** 64, 2 ** 62), (2 ** 70, 2 ** 70 + 10, 4), (1, 10, 2 ** 60),
]
for a, b, c in edges:
    r = range(a, b, c)
    print(len(r), r[0] if len(r) else None, r[-1] if len(r) else None)
    it = iter(r)
    print(type(it).__name__, list(zip(range(3), it)))
    rv = reversed(r)
    print(type(rv).__name__, [x for _, x in zip(range(3), rv)])

print(list(range(True, 5)), list(range(3, False, -1)))
class I:
    def __index__(self):
        return 4
print(list(range(I())), list(range(1, I())), range(I(), 9, I()))
for bad in [(1.5,), (1, "a"), (1, 2, 0), ()]:
    try:
        range(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
n = 1000
x = range(n)
print(sys.getrefcount(n) - sys.getrefcount(1000), x.stop is n)
print(sum(range(10 ** 6)), len(range(-10 ** 15, 10 ** 15, 7)), range(-10 ** 18, 10 ** 18, 7)[-1])
