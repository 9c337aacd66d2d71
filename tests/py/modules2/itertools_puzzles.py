# Small puzzles with itertools.
from itertools import permutations, combinations, product, count, islice, chain, groupby
digits = [p for p in permutations(range(1, 5)) if p[0] < p[-1]]
print(len(digits), digits[:3])
print([c for c in combinations(range(1, 10), 3) if sum(c) == 15][:5])
print(sum(1 for a, b in product(range(1, 7), repeat=2) if a + b == 7))
print(list(islice((n * n for n in count(1) if n % 3 == 0), 4)), list(chain.from_iterable([[1], [2, 3]])))
print(["".join(g) for _, g in groupby("aaabccdddd")])
