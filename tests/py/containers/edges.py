# Subclasses, user-defined __hash__/__eq__, nan identity, errors raised inside sort keys, views, slices.
import sys
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)
class L(list):
    pass
class D(dict):
    def __missing__(self, k):
        return k * 2
class S(set):
    pass
l = L([3, 1, 2]); l.sort(); print(l, type(l).__name__, type(l[:]).__name__, type(l + l).__name__, sys.getsizeof(l))
d = D(a=1); print(d['zz'], d, type(d.copy()).__name__, D.fromkeys('ab'), type(D.fromkeys('ab')).__name__)
s = S([1, 2]); print(s, type(s | {3}).__name__, s.copy(), frozenset(s))
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v) % 3
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return 'K(%r)' % self.v
ks = {K(i): i for i in range(10)}
print(ks[K(7)], K(3) in ks, K(30) in ks, len(ks), list(ks)[:3])
print({K(i) for i in range(8)})
nan = float('nan'); print(nan in [nan], [nan] == [nan], (nan,) == (nan,), nan in {nan})
def during_sort():
    a = [3, 2, 1]
    def key(x):
        a.append(x)
        return x
    a.sort(key=key)
err(during_sort)
def bad_key():
    a = [3, 2, 1]
    a.sort(key=lambda x: 1 / (x - 2))
err(bad_key)
err(lambda: hash(([],)))
err(lambda: {(1, []): 2})
err(lambda: sorted([1, 2], key=1))
err(lambda: dict([(1, 2, 3)]))
err(lambda: dict([1]))
err(lambda: {}.fromkeys())
err(lambda: [].index(1, 'a'))
err(lambda: [1, 2, 3].index(3, -1))
err(lambda: list(1))
err(lambda: [] + ())
err(lambda: [1] * 'x')
err(lambda: [1, 2].__getitem__(2**100))
v = {'a': 1}; v['v'] = v.keys(); print(v)
dk = {1: 2, 3: 4}
print(dk.keys() == {1, 3}, dk.items() == {(1, 2), (3, 4)}, dk.values(), repr(dk.items()))
print(dk.keys() ^ {1, 5}, {5} & dk.keys(), dk.keys().isdisjoint([7]))
x = [1, 2, 3]; y = x[:]; y[1:2] = []; print(x, y, x[-100:100], x[::-100])
t = ([1],); t[0].append(2); print(t)
print(list(zip(*[(1, 2), (3, 4)])), max([3, 5, 1]), min((4, 2)), sum([1, 2, 3]), any([0, 1]))
big = list(range(1000)); del big[::3]; print(len(big), sys.getsizeof(big), big[:5])
a = [1, 2]; a[5:] = [9]; a[:0] = [0]; print(a, a.__sizeof__())
print(sys.getsizeof({}.keys()), sys.getsizeof(set().__iter__()), sys.getsizeof(reversed([])))
e = {}
for i in range(10): e[i] = i
for i in range(10): del e[i]
print(sys.getsizeof(e), e, sys.getsizeof(e.copy()))
print(sorted({3: 1, 1: 2}), sorted('hello'), sorted([(1, 'b'), (1, 'a')]), list(reversed((1, 2))))
