# __slots__ with __dict__, subclasses of built-ins (no values: the first
# attribute makes a split dict), dir() (which copies __dict__ and merges the
# class dicts into it, filling the shared keys), __del__ order of values,
# cycles through instances, and 100 instances made and freed.
import gc
import sys
import tracemalloc

warm = [[{}, (i,), (i, i)] for i in range(100)]
del warm
a = b = 0
tracemalloc.start()


def mem():
    return tracemalloc.get_traced_memory()[0]


class SD:
    __slots__ = ('s', '__dict__')

    def __init__(self):
        self.s = 1
        self.t = 2


a = mem(); sd = SD(); b = mem(); print('SD()', b - a)
print(sys.getsizeof(sd), sys.getsizeof(sd.__dict__), list(sd.__dict__))


class SubSD(SD):
    pass


a = mem(); su = SubSD(); b = mem(); print('SubSD()', b - a)


class L(list):
    pass


a = mem(); lst = L(); b = mem(); print('L()', b - a)
a = mem(); lst.x = 1; b = mem(); print('L().x', b - a, sys.getsizeof(lst.__dict__))
a = mem(); lst.y = 2; b = mem(); print('L().y', b - a, sys.getsizeof(lst.__dict__))


class Dd:
    cls_attr = 1

    def meth(self):
        pass


dd = Dd()
dd.a = 1
a = mem(); names = dir(dd); b = mem(); print('dir', b - a, len(names), 'meth' in names)
print(sys.getsizeof(Dd().__dict__))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


a = mem(); pts = [Point(i, i + 1) for i in range(100)]; b = mem(); print('100 points', b - a)
a = mem(); del pts; b = mem(); print('freed', b - a)


class V:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)


class H:
    pass


h = H()
h.b = V('b')
h.a = V('a')
h2 = H()
h2.a = V('a2')
h2.b = V('b2')
del h, h2


class N:
    def __init__(self):
        self.other = None


gc.collect()
a = mem()
n1 = N()
n2 = N()
n1.other = n2
n2.other = n1
b = mem()
print('cycle made', b - a)
del n1, n2
print('unreachable', gc.collect())


