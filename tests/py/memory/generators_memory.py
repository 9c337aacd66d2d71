# A generator holds its frame, not its results: compare with a list.
import sys

def squares(n):
    for i in range(n):
        yield i * i

g = squares(10**6)
l = [i * i for i in range(10**3)]
print(sys.getsizeof(l) > sys.getsizeof(g))
print(next(g), next(g), sum(g))
print(sum(x for x in range(10)))

class Tracker:
    def __del__(self):
        print("frame local freed")

def holds():
    t = Tracker()
    yield 1
    yield 2

h = holds()
print(next(h))
del h
print("after dropping the suspended generator")
