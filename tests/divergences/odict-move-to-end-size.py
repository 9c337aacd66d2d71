# description: after OrderedDict.move_to_end, getsizeof can exceed CPython's (2048 instead of 1424 here).
# cause: heapscope's OrderedDict is a Python subclass of dict that keeps its order in the
#   dict itself: moving a key removes and re-inserts it, which takes a new entry of the
#   dict's keys table (and last=False rebuilds the dict), so the table grows as CPython's
#   never does (CPython moves a node of a separate linked list). Without move_to_end the
#   sizes are CPython's (tests/py/objects/sizes_collections.py).
# workaround: none needed unless you measure OrderedDicts reordered many times.
# issue: 4 (collections)
import sys
from collections import OrderedDict
od = OrderedDict((f"k{i}", i) for i in range(20))
print(sys.getsizeof(od))
for i in range(30):
    od.move_to_end(f"k{i % 20}")
print(sys.getsizeof(od), list(od)[:3])
