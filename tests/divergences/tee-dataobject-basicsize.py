# description: itertools._tee_dataobject.__basicsize__ is 48 in heapscope, 496 in CPython (getsizeof: 512 in both).
# cause: CPython's teedataobject embeds an array of 57 value slots in the object; heapscope's
#   is a Python class whose values are in a list, and its __sizeof__ answers the C struct's
#   size. A class cannot declare a basicsize, only slots.
# workaround: use sys.getsizeof for the links of a tee.
# issue: 4 (itertools)
import gc
import itertools
import sys

a, b = itertools.tee([1, 2])
link = [o for o in gc.get_referents(a) if type(o).__name__ == "_tee_dataobject"][0]
print(type(link).__basicsize__, sys.getsizeof(link))
