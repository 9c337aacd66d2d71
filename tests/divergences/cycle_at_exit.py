# Divergence: cycles are not collected at exit
# Description: CPython runs the cycle collector during finalization, so __del__
#   of objects in a reference cycle runs at exit ("del a", "del b" below).
# Cause: the gc layer (cycle collector) is not merged into the runtime yet;
#   heapscope frees only what reference counting frees.
# Workaround: break the cycle (a.other = None) before dropping it.
# Issue: vm report, gc branch.
# Reference counting alone cannot free a cycle: __del__ only runs when the
# program ends (or when the cycle collector runs).
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del", self.name)
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("cycle dropped: no __del__ yet")
c = Node("c")
del c
print("non-cycle freed immediately")
