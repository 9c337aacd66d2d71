# description: sys.getsizeof(deque()) is 760 in CPython 3.11 but 56 in heapscope.
# cause: heapscope's collections.deque is a Python class holding a list, not CPython's C
#   deque of 64-item blocks; its size, GC tracking and id reuse are those of that class.
# workaround: none needed unless you study the memory layout of deques.
# issue: 4 (collections)
import sys
from collections import deque
print(sys.getsizeof(deque()))
