# itertools: every iterator of 3.11's itertools, values and errors as CPython's.
from itertools import *
print(list(islice(count(5), 3)), list(islice(count(1.5, 0.5), 3)), repr(count(3)), repr(count(1, 2)))
print(list(islice(cycle("ab"), 5)), list(repeat("x", 3)), repr(repeat("a", 2)), list(repeat(1, -2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=10)))
print(list(chain("ab", [1, 2])), list(chain.from_iterable(["ab", "cd"])), list(compress("abcd", [1, 0, 1, 0])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(filterfalse(None, [0, 1, 2, 0])))
print([(k, list(g)) for k, g in groupby("aaabbc")], [(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3], key=lambda x: x % 2)])
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 1, None, 2)), list(islice("abc", 0)))
for bad in [(-1,), ("x",), (1, 2, 0)]:
    try: islice("abc", *bad)
    except ValueError as e: print(e)
print(list(pairwise("abcd")), list(starmap(pow, [(2, 3), (3, 2)])), list(zip_longest("ab", "xyz", fillvalue="-")))
print(list(product("ab", repeat=2)), list(product([1, 2], "x")), len(list(product(range(3), range(4)))))
print(list(permutations("abc", 2)), len(list(permutations(range(4)))), list(combinations("abcd", 2)))
print(list(combinations_with_replacement("ab", 2)), list(combinations("ab", 3)))
a, b = tee([1, 2, 3]); print(next(a), list(a), list(b))
groups = groupby("aabb"); k1, g1 = next(groups); k2, g2 = next(groups); print(k1, list(g1), k2, list(g2))
print(type(chain()).__name__, type(count()).__name__)
