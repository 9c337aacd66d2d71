# A short tour of what heapscope shows: run it with `npx heapscope run examples/memory_tour.py`
# and compare with `python3 examples/memory_tour.py`.
import gc
import sys
import weakref

# Reference counts: the call's own argument adds one.
x = []
print("refcount of a new list:", sys.getrefcount(x))
y = x
print("after y = x:", sys.getrefcount(x))
del y

# Sizes follow CPython 3.11's layouts and growth rules.
sizes = []
for i in range(10):
    sizes.append(sys.getsizeof(x))
    x.append(i)
print("list sizes while appending:", sizes)
print("sizes of 0, 2**30, 'abc', 'é', (), {}:",
      [sys.getsizeof(v) for v in (0, 2**30, "abc", "é", (), {})])

# Small ints and one-character strings are cached; bigger ones are not.
a, b = 256, int("256")
c, d = 257, int("257")
print("256 is int('256'):", a is b, "  257 is int('257'):", c is d)

# __del__ runs the moment the last reference goes.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name)

print("deleting n:")
n = Noisy("n")
del n

# Cycles need the collector.
print("a cycle of two objects:")
p, q = Noisy("p"), Noisy("q")
p.other, q.other = q, p
del p, q
print("  collect() found", gc.collect(), "objects")

# Weak references do not keep objects alive; their callbacks run at death.
w = Noisy("w")
r = weakref.ref(w, lambda ref: print("  weakref callback, referent gone:", ref() is None))
print("deleting w:")
del w

# tracemalloc records who allocated each live block, and how much.
import tracemalloc
tracemalloc.start()
big = bytes(1_000_000)
text = "x" * 50_000
mine = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in mine.statistics("lineno")[:2]:
    frame = stat.traceback[0]
    print(f"  line {frame.lineno}: {stat.count} block(s), {stat.size} bytes")
before = tracemalloc.get_traced_memory()[0]
del big
print("  del big gave back", before - tracemalloc.get_traced_memory()[0], "bytes")
tracemalloc.stop()
