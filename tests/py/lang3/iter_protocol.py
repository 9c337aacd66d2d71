# The iterator protocol with a class, iter(callable, sentinel) and next(default).
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), 2 in Countdown(3))
data = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(data), 0)), next(data), next(data, "end"))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), list(reversed([1, 2, 3])), list(enumerate(Seq())))
