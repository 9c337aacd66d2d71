t = (1, 2, 3)
print(t, t[1], t[-1], len(t), t + (4,), t * 2, 2 in t, t.index(3), t.count(1))
single = (5,)
print(single, type(()), tuple([1, 2]))
s = {3, 1, 2}
s.add(4)
s.discard(1)
print(sorted(s), {1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3})
print(frozenset([1, 2]) == {1, 2}, {1, 2} <= {1, 2, 3}, len(set("hello")))
a, b, c = t
print(a, b, c)
