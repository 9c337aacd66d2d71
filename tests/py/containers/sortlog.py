# The sequence of < calls list.sort makes: identical to timsort's below 64 items.
log = []
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        log.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self): return str(self.v)
seed = [5]
def rnd(k):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return seed[0] % k
for n in [0, 1, 2, 5, 17, 40, 63]:
    xs = [C(rnd(20)) for _ in range(n)]
    log.clear()
    xs.sort()
    print(n, xs, len(log), log[:12])
ys = [C(v) for v in [5, 4, 3, 9, 8, 1, 1, 2]]
log.clear(); ys.sort(reverse=True); print(ys, log)
log.clear(); print(sorted([C(3), C(1), C(2)], key=lambda c: -c.v), log)
