# A cycle dropped during the program is freed at exit by the final collection.
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
