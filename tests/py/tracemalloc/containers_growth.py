# Traced bytes of growing containers and common builders, free lists warmed first
# (2-tuples, lists, dicts, 1-tuples, floats) so that both runtimes reuse untraced objects.
import tracemalloc
warm = [(i, i) for i in range(3000)] + [[] for _ in range(100)] + [{} for _ in range(100)] + [(i,) for i in range(100)] + [float(i) for i in range(100)]
del warm
tracemalloc.start()
def mem(): return tracemalloc.get_traced_memory()[0]
res = []
a = mem(); l = []; [l.append(i) for i in range(1000)]; res.append(('list append 1000', mem() - a))
a = mem(); d = {}; 
for i in range(1000): d[i] = None
res.append(('dict 1000 int keys', mem() - a))
a = mem(); s = set()
for i in range(1000): s.add(i)
res.append(('set 1000', mem() - a))
a = mem(); st = ''
for i in range(100): st += 'ab'
res.append(('str += 100', mem() - a))
a = mem(); ba = bytearray()
for i in range(1000): ba.append(i % 256)
res.append(('bytearray append', mem() - a))
a = mem(); lc = [i * 2 for i in range(300, 1300)]; res.append(('listcomp ints', mem() - a))
a = mem(); t = tuple(range(300, 400)); res.append(('tuple(range)', mem() - a))
a = mem(); fs = frozenset(range(100)); res.append(('frozenset', mem() - a))
a = mem(); j = ','.join(str(i) for i in range(300, 400)); res.append(('join gen', mem() - a))
a = mem(); dd = dict.fromkeys(range(100)); res.append(('fromkeys', mem() - a))
a = mem(); cp = d.copy(); res.append(('dict copy', mem() - a))
a = mem(); lst2 = list(range(500)); res.append(('list(range)', mem() - a))
a = mem(); srt = sorted(range(500, 0, -1)); res.append(('sorted', mem() - a))
a = mem(); del l, d, s; res.append(('del', mem() - a))
for r in res: print(*r)
