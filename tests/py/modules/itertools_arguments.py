# Argument errors of the combinatoric iterators, as Argument Clinic words them.
import itertools as it
for f in [lambda: it.combinations('a',1,2), lambda: it.combinations('a',1,r=1), lambda: list(it.combinations(iterable='ab', r=1)), lambda: it.permutations('a', x=1), lambda: it.product(repeat=1, x=2), lambda: it.product('a', repeat=1.5), lambda: it.permutations('a',1,2), lambda: it.combinations(), lambda: list(it.product('ab', **{'repeat':2})),
 lambda: it.combinations('ab'), lambda: it.permutations(), lambda: it.product(1), lambda: it.combinations_with_replacement('a'), lambda: it.product('a', foo=1), lambda: list(it.permutations('abc', r=2)), lambda: list(it.permutations(iterable='ab')), lambda: list(it.combinations_with_replacement('ab', r=2))]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
