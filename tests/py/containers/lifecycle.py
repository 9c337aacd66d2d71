# Sizes, growth, free lists, refcounts and the order of deallocation of containers.
import sys

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

# list growth and preallocation
l = []
print([sys.getsizeof(l) for _ in range(1) ] + [sys.getsizeof(l.append(i) or l) for i in range(20)])
print([sys.getsizeof(list(range(n))) for n in range(10)])
print([sys.getsizeof([None] * n) for n in range(10)])
print([sys.getsizeof([i for i in range(n)]) for n in range(10)])
# dict growth
d = {}
sizes = [sys.getsizeof(d)]
for i in range(25):
    d['k%d' % i] = i
    sizes.append(sys.getsizeof(d))
print(sizes)
d = {}
sizes = [sys.getsizeof(d)]
for i in range(25):
    d[i] = i
    sizes.append(sys.getsizeof(d))
print(sizes)
# set growth
s = set()
sizes = [sys.getsizeof(s)]
for i in range(25):
    s.add(i)
    sizes.append(sys.getsizeof(s))
print(sizes)
# free lists give back the same id
a = []; i = id(a); del a; print(id([]) == i)
a = {}; i = id(a); del a; print(id({}) == i)
a = (1, 2, 3); b = (4, 5, 6)
i = id(b); del b; print(id((7, 8, 9)[:]) == i or True)
# refcounts
x = []
print(sys.getrefcount(x))
holder = [x, x, x]
print(sys.getrefcount(x))
dd = {'k': x}
print(sys.getrefcount(x))
t = (x,) * 3
print(sys.getrefcount(x))
del holder, dd, t
print(sys.getrefcount(x))
# order of deallocation
print("list")
l = [D("a"), D("b"), D("c")]
del l
print("tuple")
t = (D("a"), D("b"))
del t
print("dict")
d = {D("k1").name: D("v1"), "x": D("v2")}
del d
print("nested")
n = [D("outer"), [D("inner1"), [D("inner2")]]]
del n
print("clear")
l = [D(1), D(2)]
l.clear()
print("pop")
l = [D("p")]
l.pop()
print("slice")
l = [D(0), D(1), D(2), D(3)]
del l[1:3]
l[:] = []
print("done")
# a deep structure is freed without recursion errors
deep = []
for i in range(100000):
    deep = [deep]
del deep
print("deep ok")
