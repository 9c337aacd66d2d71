import sys
def show(*a):
    print(*a)
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
# list
l = [5, 3, 8, 1]
l.sort(); show(l); l.sort(reverse=True); show(l)
l.sort(key=lambda x: -x); show(l)
show(l.index(8), l.count(3), l.pop(), l.pop(0), l)
l.insert(1, 99); l.insert(-100, 7); l.insert(100, 9); show(l)
l.remove(99); show(l); l.extend((1, 2)); l += [3]; show(l, len(l))
show(l[::2], l[::-1], l[1:3], l[-2:], l[10:])
l[1:3] = 'ab'; show(l); del l[::2]; show(l); l *= 2; show(l)
show([1, 2] < [1, 3], [1, 2] == [1, 2], [1] > [], [[1]] == [[1]])
err(lambda: [].pop()); err(lambda: [1].index(5)); err(lambda: [1, 'a'].sort())
err(lambda: [][0]); err(lambda: [].remove(1)); err(lambda: [1][1:2:0])
x = [1]; x.append(x); show(x, repr(x))
show(sys.getsizeof([1, 2, 3]), sys.getsizeof(list(range(5))), sys.getsizeof([0] * 7))
# tuple
t = (1, 2, 3, 2)
show(t.count(2), t.index(3), t[1:], t * 2, t + (4,), () * 5, (1,) * 0, t[::-1])
show(hash(()), hash((1,)), hash(('a', 1)), (1, 2) < (1, 2, 0), (2,) > (1, 5))
err(lambda: t[10]); err(lambda: t.index(9)); err(lambda: t + [1])
show(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof(t), tuple([1, 2]), tuple(range(3)))

# dict
d = dict(a=1, b=2)
d.update([('c', 3)], d=4); d.setdefault('e', 5); show(d)
show(d.pop('a'), d.pop('zz', None), d.popitem(), d)
show(list(d.keys()), list(d.values()), list(d.items()), list(reversed(d)))
show(d.keys() & {'b', 'x'}, d.keys() | {'q'}, d.keys() - {'b'}, d.items() >= {('b', 2)})
show(dict.fromkeys('abc', 0), {1: 'a'} == {1: 'a'}, {1: 2} != {1: 3})
dd = {}; dd['self'] = dd; show(dd)
err(lambda: {}['x']); err(lambda: {}.popitem()); err(lambda: {[]: 1})
def mutate():
    z = {1: 1}
    for k in z:
        z[k + 1] = 1
err(mutate)
show(sys.getsizeof({}), sys.getsizeof({'a': 1}), sys.getsizeof({1: 1}), sys.getsizeof(dict(zip(range(10), range(10)))))

m = {'x': 1}; m |= [('y', 2)]; show(m, m | {'z': 0})
# set
s = {3, 1, 2}
s.add(4); s.discard(1); s.remove(2); show(s, len(s), 3 in s, 9 in s)
err(lambda: s.remove(42)); err(lambda: set().pop()); err(lambda: {[]})
show(s | {9}, s & {3, 9}, s - {3}, s ^ {3, 7}, s <= {3, 4, 5}, s < s, s == frozenset(s))
show(s.union([7], (8,)), s.intersection(range(10)), s.difference([3]), s.symmetric_difference([4, 5]))
show(s.issubset(range(10)), s.issuperset([3]), s.isdisjoint([100]), frozenset(), set())
fs = frozenset({1, 2}); show(hash(fs) == hash(frozenset([2, 1])), {fs: 1}[frozenset([1, 2])])
show(set('hello world'), {'alpha', 'beta', 'gamma', 'delta'}, set(range(20, 0, -3)))
show(sys.getsizeof(set()), sys.getsizeof(set(range(5))), sys.getsizeof(set(range(100))))
def smut():
    q = {1, 2}
    for k in q:
        q.add(k + 10)
err(smut)
# range, slice
r = range(2, 20, 3)
show(r, len(r), r[2], r[-1], r[1:3], r[::-1], 5 in r, 6 in r, r.index(8), r.count(5), list(r))
show(range(0) == range(2, 2), hash(range(3)) == hash(range(0, 3)), range(10)[::2], type(reversed(range(3))).__name__)
err(lambda: range(1)[5]); err(lambda: range(1, 2, 0)); err(lambda: r.index(3))
sl = slice(1, 10, 2); show(sl, sl.indices(5), sl.start, slice(None).indices(3))
err(lambda: hash(slice(1)))
show(sys.getsizeof(range(3)), sys.getsizeof(slice(1)), sys.getsizeof(iter([])), sys.getsizeof(iter({})))
it = iter([1, 2, 3]); next(it); show(it.__length_hint__(), list(it))
