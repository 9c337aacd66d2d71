# collections.deque laid out as CPython's: 64-slot blocks taken and freed at the ends as
# CPython's are (getsizeof at each step), maxlen, rotate/insert/remove/del, errors, copies.
import sys
from collections import deque
def sz(d): return sys.getsizeof(d)
d = deque()
print(sz(d), sz(deque(range(63))), sz(deque(range(64))), sz(deque(range(200))), sz(deque([])), sz(deque(())))
for i in range(200):
    d.append(i)
    if i in (30, 31, 32, 94, 95, 96, 159, 199): print('append', i, sz(d))
for i in range(150):
    d.popleft()
    if i % 37 == 0: print('popleft', i, sz(d), len(d))
for i in range(100):
    d.appendleft(i)
    if i % 23 == 0: print('appendleft', i, sz(d))
while d:
    d.pop()
    if len(d) % 41 == 0: print('pop', len(d), sz(d))
print(sz(d))
e = deque(range(10), maxlen=5); print(e, sz(e)); e.append(99); e.appendleft(-1); print(e, e.maxlen)
f = deque(range(100)); f.rotate(30); print(list(f)[:5], sz(f)); f.rotate(-75); print(list(f)[:5], sz(f))
f.insert(50, 'x'); print(f[50], f.index('x'), sz(f)); del f[10]; f.remove('x'); print(len(f), sz(f), f.count(5))
g = deque('abc'); g.extendleft('xyz'); print(g, sz(g)); g.reverse(); print(g)
print(g == deque('cbazyx'), g < deque('d'), deque([1]) * 3, deque([1, 2]) + deque([3]), 2 * deque([7]))
h = deque(range(5)); h *= 2; print(h, sz(h)); h.clear(); print(h, sz(h))
try: deque().pop()
except IndexError as e: print(e)
try: deque([1])[5]
except IndexError as e: print(e)
try: deque([1])['a']
except TypeError as e: print(e)
try: deque([1]).index(7)
except ValueError as e: print(e)
try: deque(maxlen=-1)
except ValueError as e: print(e)
try: deque([1], maxlen=1).insert(0, 2)
except IndexError as e: print(e)
k = deque(range(3))
try:
    for x in k: k.append(x)
except RuntimeError as e: print(e)
print(deque[int], repr(deque()), deque(range(3), 2), copy := deque([1,2]).copy())
import copy as cp, weakref
print(cp.copy(deque([1], 4)), cp.deepcopy(deque([[1]])), weakref.ref(deque()) is not None)
class D(deque): pass
dd = D([1, 2]); print(dd, sz(dd) - sz(deque([1, 2])), type(dd.copy()).__name__)
r = deque(range(1000)); 
for _ in range(990): r.popleft()
print(sz(r), list(r))
