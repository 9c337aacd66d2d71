# Sizes after shrinking: clear, slice deletion, pop to empty, dict/set deletions and compaction.
import sys
g = sys.getsizeof
l = list(range(10)); l.clear(); print(g(l)); l.append(1); print(g(l))
l = list(range(10)); del l[:]; print(g(l))
l = [1]; l.pop(); print(g(l)); l.append(2); print(g(l))
l = list(range(100))
out = []
while l:
    del l[-5:]
    out.append(g(l))
print(out)
d = {i: i for i in range(100)}; d.clear(); print(g(d)); d[1] = 1; print(g(d))
d = {i: i for i in range(100)}
for i in range(95): del d[i]
print(g(d)); d['x'] = 1; print(g(d)); print(g(d.copy()), g(dict(d)))
s = set(range(100)); s.clear(); print(g(s))
s = set(range(100))
for i in range(95): s.discard(i)
print(g(s)); s.add(1000); print(g(s)); s -= set(range(100)); print(g(s))
t = {}
for i in range(50):
    t['k%d' % i] = i
    t.pop('k%d' % (i - 1), None)
print(g(t), list(t))
print([g(list(range(n)) * 3) for n in range(6)], [g([1, 2] + [3] * n) for n in range(6)])
a = [0] * 10; a[2:8] = []; print(g(a)); a[1:1] = range(20); print(g(a))
b = list(range(20)); b[::2] = range(10); print(g(b), b[:6])
