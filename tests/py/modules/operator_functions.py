# operator: the operator functions and itemgetter/attrgetter/methodcaller.
import operator as op
print(op.add(1, 2), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.neg(3), op.not_(0), op.truth([]), op.is_(None, None))
print(op.itemgetter(1)([5, 6]), op.itemgetter(0, 2)("abc"), op.attrgetter("real")(3), op.attrgetter("real", "imag")(1+2j))
print(op.methodcaller("upper")("abc"), op.methodcaller("split", ",", maxsplit=1)("a,b,c"))
print(repr(op.itemgetter(1, 2)), repr(op.attrgetter("a.b")), repr(op.methodcaller("f", 1, k=2)))
print(sorted([(1, "b"), (0, "c"), (1, "a")], key=op.itemgetter(0)), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
l = [1]; print(op.iadd(l, [2]) is l, l, op.concat([1], [2]), op.contains([1, 2], 2), op.length_hint(iter([1, 2, 3])))
print(op.__add__(2, 3), op.__not__(1), op.call(len, "abcd"))
try: op.indexOf([1], 5)
except ValueError as e: print(e)
try: op.concat(1, 2)
except TypeError as e: print(e)
