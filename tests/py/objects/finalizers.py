import sys
class Node:
    def __init__(self, n): self.n = n; self.next = None
    def __del__(self): print("del", self.n)
a = Node(1); b = Node(2); a.next = b
del a
print("after del a")
del b
print("--")
class Tree:
    __slots__ = ('l', 'r', 'name')
    def __init__(self, name, l=None, r=None): self.name = name; self.l = l; self.r = r
    def __del__(self): print("del", self.name)
t = Tree("root", Tree("L"), Tree("R"))
del t
print("--")
class E(Exception):
    def __del__(self): print("exc del")
try:
    raise E()
except E:
    pass
print("after except")
x = []
class Res:
    def __del__(self):
        print("res del"); x.append(self)
r = Res(); del r
print(len(x)); del x[0]; print("done")
# deep chain: trashcan
class Link:
    __slots__ = ('nxt',)
head = None
for i in range(10000):
    l = Link(); l.nxt = head; head = l
del head, l
print("deep freed")
class Cyc: pass
c = Cyc(); c.self = c
print(sys.getrefcount(c))
del c
print(True)
