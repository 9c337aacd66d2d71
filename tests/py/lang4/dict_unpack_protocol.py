# {**m} and f(**m): a dict whose type keeps dict's __iter__ is merged from its table, anything else
# through keys() and []; mappings are not kept alive by the check; errors as python3's.
class D(dict):
    def keys(self): return reversed(list(super().keys()))
    def __iter__(self): return iter(self.keys())
class K(dict):
    def keys(self): return ['a']
class I(dict):
    def __iter__(self): return iter(['b'])
    def keys(self): return ['c', 'a']
for cls in (D, K, I):
    d = cls(a=1, b=2, c=3)
    print(cls.__name__, {**d}, dict(d), dict(**d) if cls is not I else None)
    x = {}; x.update(d); print(x)
    def f(**kw): return kw
    print(f(**d))
import sys
class M:
    def keys(self): return ['a', 'b']
    def __getitem__(self, k): return k * 2
m = M()
print(sys.getrefcount(m))
for _ in range(5):
    d = {**m}
    def f(**kw): return kw
    f(**m)
print(sys.getrefcount(m), d)
try:
    {**3}
except TypeError as e: print(e)
try:
    f(**3)
except TypeError as e: print(e)
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e: print(e)
try:
    f(**{1: 2})
except TypeError as e: print(e)
for g in (f, print, dict, lambda **k: k):
    try:
        g(**{1: 2})
    except TypeError as e:
        print(e)
