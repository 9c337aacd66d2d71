# sys.getsizeof of OrderedDict as it grows, shrinks, is cleared and copied:
# CPython's struct, the dict's keys, the fast-nodes table (one pointer per
# hash slot) and a 32-byte node per item. (After move_to_end the sizes may
# differ: tests/divergences/odict-move-to-end-size.py.)
import sys
from collections import OrderedDict


def show(label, od):
    print(label, len(od), sys.getsizeof(od))


od = OrderedDict()
show("empty", od)
for i in range(40):
    od[f"k{i}"] = i
    show(f"add k{i}", od)
for i in range(0, 40, 3):
    del od[f"k{i}"]
show("after deletes", od)
od.popitem()
od.popitem(last=False)
show("popitem", od)
for i in range(40, 60):
    od[f"k{i}"] = i
show("refilled", od)
show("copy", od.copy())
while od:
    od.popitem()
show("emptied by popitem", od)
od["x"] = 1
od.clear()
show("cleared", od)
show("kwargs", OrderedDict(a=1, b=2, c=3))
show("ints", OrderedDict((i, i) for i in range(10)))
show("fromkeys", OrderedDict.fromkeys("abcdefgh"))
show("from dict", OrderedDict({i: str(i) for i in range(20)}))
ints = OrderedDict()
for i in range(30):
    ints[i] = i
    if i % 4 == 3:
        del ints[i - 1]
    show(f"ints {i}", ints)
ints.setdefault(100, 0)
ints.pop(0)
show("setdefault/pop", ints)


class Sub(OrderedDict):
    pass


class Slots(OrderedDict):
    __slots__ = ("a", "b")


show("subclass", Sub(a=1))
show("subclass with slots", Slots(a=1))
print(OrderedDict([("b", 1), ("a", 2)]), OrderedDict(a=1) == OrderedDict(a=1))
