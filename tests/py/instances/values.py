# Instances of ordinary classes (no __slots__): what CPython 3.11 allocates for
# them. The class owns shared keys (768 bytes); each instance gets a values
# array (PyMem) sized by the shared keys' nentries + usable, one slot smaller
# for each new instance; names go into the shared keys without allocating;
# __dict__ makes a dict object that points at the values.
import sys
import tracemalloc

# Fill the free lists with untraced objects, so that both runtimes reuse them.
warm = [[{}, (i,), (i, i)] for i in range(100)]
del warm
a = b = 0
tracemalloc.start()


def mem():
    return tracemalloc.get_traced_memory()[0]


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


a = mem(); p = P(1, 2); b = mem(); print('first P', b - a)
a = mem(); p2 = P(1, 2); b = mem(); print('second P', b - a)
a = mem(); p.z = 3; b = mem(); print('3rd attr', b - a)
a = mem(); d = p.__dict__; b = mem(); print('__dict__', b - a, sys.getsizeof(d))
a = mem(); q = P.__new__(P); b = mem(); print('__new__', b - a)
a = mem(); q.x = 1; b = mem(); print('q.x', b - a)
print('getsizeof', sys.getsizeof(p), sys.getsizeof(p.__dict__), sys.getsizeof(p2.__dict__))

# Values shrink with each instance, down to nentries + 1 slots.
sizes = []
keep = []
for i in range(32):
    a = mem(); keep.append(P(i, i)); b = mem()
    sizes.append(b - a)
print('sizes', sizes)
print('dict sizes', sys.getsizeof(keep[0].__dict__), sys.getsizeof(keep[-1].__dict__))

# Dropping instances frees object and values.
a = mem(); del keep; b = mem(); print('del 32 instances', b - a)


class E:
    pass


a = mem(); e = E(); b = mem(); print('E()', b - a)
a = mem(); e.a = 1; b = mem(); print('e.a', b - a)
for i in range(10):
    setattr(e, 'k%d' % i, i)
a = mem(); e.zz = 1; b = mem(); print('e.zz', b - a)
print(sys.getsizeof(e.__dict__), len(e.__dict__))

# More than 30 names: the shared keys are full; the instance's dict becomes a
# combined dict (a keys block; the values are freed).
f = E()
steps = []
for i in range(34):
    a = mem(); setattr(f, 'n%d' % i, i); b = mem()
    steps.append(b - a)
print('steps', steps)
print('full', sys.getsizeof(f.__dict__), len(f.__dict__))
a = mem(); g = E(); b = mem(); print('E() on full keys', b - a)
a = mem(); g.brand_new = 1; b = mem(); print('new name on full keys', b - a)
print(sys.getsizeof(g.__dict__))
a = mem(); g2 = E(); b = mem(); g2.a = 1; c = mem(); print('known name on full keys', b - a, c - b)


# Several classes with the same names each have their own shared keys.
class A1:
    def __init__(self):
        self.x = 1
        self.y = 2


class A2:
    def __init__(self):
        self.x = 1
        self.y = 2


a = mem(); a1 = A1(); b = mem(); a2 = A2(); c = mem(); print('A1 A2', b - a, c - b)


# A subclass has its own shared keys too.
class Sub(P):
    def __init__(self):
        super().__init__(1, 2)
        self.w = 3


a = mem(); s = Sub(); b = mem(); print('Sub()', b - a, sys.getsizeof(s.__dict__))
a = mem(); s2 = Sub(); b = mem(); print('Sub() 2', b - a, sys.getsizeof(s2.__dict__))
print(sys.getsizeof(P), sys.getsizeof(Sub), sys.getsizeof(s))
