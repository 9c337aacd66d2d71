# sys.getsizeof, __sizeof__ and the type's __basicsize__ of every itertools
# iterator, with the inputs their size depends on varied (pools and r for
# product, permutations and combinations), before and after iterating.
import itertools as it
import sys


def show(label, o):
    t = type(o)
    print(label, t.__name__, sys.getsizeof(o), o.__sizeof__(), t.__basicsize__, t.__itemsize__)


show("count", it.count())
show("count big", it.count(2**70))
show("count float", it.count(1.5, 2))
show("cycle", it.cycle([1]))
show("repeat", it.repeat(1, 3))
show("accumulate", it.accumulate([]))
show("chain", it.chain())
show("compress", it.compress([], []))
show("dropwhile", it.dropwhile(None, []))
show("takewhile", it.takewhile(None, []))
show("filterfalse", it.filterfalse(None, []))
show("groupby", it.groupby([]))
show("_grouper", next(it.groupby([1]))[1])
show("islice", it.islice([], 1))
show("islice step", it.islice([], 1, 9, 2))
show("pairwise", it.pairwise([]))
show("starmap", it.starmap(len, []))
for k in range(4):
    show(f"zip_longest {k}", it.zip_longest(*[[1]] * k))
a, b = it.tee(range(3))
show("tee", a)
for pools in [(), ([1],), ([1, 2], [3]), ("ab", "cd", "ef")]:
    for rep in (0, 1, 2):
        p = it.product(*pools, repeat=rep)
        show(f"product {len(pools)}x{rep}", p)
        list(p)
        show("  exhausted", p)
for n in range(4):
    for r in [None, 0, 1, 2, 5]:
        show(f"permutations n={n} r={r}", it.permutations(range(n), r))
        show(f"combinations n={n} r={r}", it.combinations(range(n), r or 0))
        show(f"cwr n={n} r={r}", it.combinations_with_replacement(range(n), r or 0))
p = it.permutations("abcd", 3)
next(p)
show("permutations running", p)


class P(it.product):
    __slots__ = ("extra",)


show("product subclass", P([1], [2]))
