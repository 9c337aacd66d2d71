# description: partial, lru_cache wrappers, OrderedDict: getsizeof is CPython's, __sizeof__/__basicsize__ smaller.
# cause: in CPython they are C types that keep their instance dict's pointer inside the
#   object (tp_dictoffset): partial is 64/64 (__sizeof__/__basicsize__), the lru_cache
#   wrapper 152/152, OrderedDict() 112/112. In heapscope they are Python classes whose
#   instance dict is "managed": two words before the object that sys.getsizeof adds to
#   __sizeof__ (as for every class with a __dict__ in 3.11), and whose basicsize is that of
#   their slots (partial 48, lru_cache 72, OrderedDict 56). Their __sizeof__ answers
#   CPython's size less those 16 bytes, so that sys.getsizeof, the promised size, is exact.
# workaround: use sys.getsizeof, not __sizeof__ or __basicsize__, for these objects.
# issue: 4 (collections)
import functools
import sys
from collections import OrderedDict

for o in (functools.partial(len), functools.lru_cache(len), OrderedDict()):
    print(type(o).__name__, sys.getsizeof(o), o.__sizeof__(), type(o).__basicsize__)
