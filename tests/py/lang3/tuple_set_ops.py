# tuples and sets.
t = (1, 2, 3)
print(t + (4,), t * 2, t[1:], t.index(2), t.count(1), (1,) < (1, 2), hash((1, 2)) == hash((1, 2)))
a, *rest = t; print(a, rest); *init, last = t; print(init, last)
s = {1, 2, 3}; u = {3, 4}
print(s | u, s & u, s - u, s ^ u, s <= {1, 2, 3, 4}, s.isdisjoint({9}), frozenset(s) == s)
s.add(5); s.discard(1); s.update([7, 8]); print(sorted(s), len(s), 7 in s)
try: s.remove(100)
except KeyError as e: print("KeyError", e)
print(set("mississippi") == {"m", "i", "s", "p"}, sorted({x % 3 for x in range(10)}))
