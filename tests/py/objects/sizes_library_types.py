# __basicsize__ and __itemsize__ of the library types heapscope writes in
# Python, which must still be CPython's (their slots are the C fields), and
# of a few built-in types whose layout numbers are easy to get wrong.
import itertools
import operator
import sys
import types

for name in sorted(dir(itertools)):
    t = getattr(itertools, name)
    # (_tee_dataobject: tests/divergences/tee-dataobject-basicsize.py)
    if isinstance(t, type) and not name.startswith("__") and name != "_tee_dataobject":
        print(f"itertools.{name}", t.__basicsize__, t.__itemsize__)
for t in (type(itertools.tee([])[0]), type(next(itertools.groupby([1]))[1]),
          operator.itemgetter, operator.attrgetter, operator.methodcaller,
          types.DynamicClassAttribute, bool, int, type((lambda: 0).__code__)):
    print(t.__qualname__, t.__basicsize__, t.__itemsize__)
print(sys.getsizeof(types.DynamicClassAttribute()), sys.getsizeof(True), sys.getsizeof(2**40))
