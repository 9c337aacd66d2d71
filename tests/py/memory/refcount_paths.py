# Where references come from: names, containers, attributes, closures, iterators, bound methods.
import sys

class Obj:
    def method(self):
        pass

def count(o):
    return sys.getrefcount(o) - 1  # minus the argument of getrefcount itself

def main():
    o = Obj()
    print("one name:", count(o))
    l = [o, o]
    print("in a list twice:", count(o))
    d = {"k": o}
    print("as a dict value:", count(o))
    holder = Obj()
    holder.attr = o
    print("as an attribute:", count(o))
    def inner():
        return o
    print("captured by a closure:", count(o))
    m = o.method
    print("bound method:", count(o))
    it = iter([o])
    print("list iterator's list:", count(o))
    del l, d, holder, m, it
    print("after del:", count(o))
    t = (o,) * 3
    print("tuple of three:", count(o))
    return inner

f = main()
print("kept by the closure only:", sys.getrefcount(f.__closure__[0].cell_contents) - 1)
