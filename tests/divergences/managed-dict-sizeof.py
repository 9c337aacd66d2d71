# description: functools.partial, the functools.lru_cache wrapper and collections.OrderedDict
#   have CPython's sys.getsizeof, but their __sizeof__() and their type's __basicsize__
#   are smaller in heapscope (partial 48/48 instead of 64/64, lru_cache 136/72 instead of
#   152/152, OrderedDict() 96/56 instead of 112/112).
# cause: in CPython they are C types that keep their instance dict's pointer inside the
#   object (tp_dictoffset); in heapscope they are Python classes, whose instance dict is
#   "managed": two words before the object that sys.getsizeof adds to __sizeof__ (as it
#   does for every class with a __dict__ in 3.11). Their __sizeof__ computes CPython's size
#   less those 16 bytes, so that sys.getsizeof, the size that is promised, is exact.
# workaround: use sys.getsizeof, not __sizeof__ or __basicsize__, for these objects.
# issue: 4 (collections)
import functools
import sys
from collections import OrderedDict

for o in (functools.partial(len), functools.lru_cache(len), OrderedDict()):
    print(type(o).__name__, sys.getsizeof(o), o.__sizeof__(), type(o).__basicsize__)
