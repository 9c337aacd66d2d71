print(list(enumerate(["a", "b"], 10)), list(zip()), list(zip("ab")))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(lambda x: x > 1, [0, 1, 2, 3])))
print(all([]), any([]), all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]))
it = iter(range(3))
print(next(it), list(it), next(it, "exhausted"))
print(sorted([3, 1, 2], key=lambda v: -v), sorted(["b", "A", "c"], key=str.lower))
print(list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), sum(Countdown(4)))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
