# Reference counts around methods, bound methods and iterators.
import sys
class C:
    def m(self):
        return sys.getrefcount(self)
def main():
    c = C()
    print("object", sys.getrefcount(c))
    print("inside method", c.m())
    print("via class", C.m(c))
    bm = c.m
    print("bound method holds self", sys.getrefcount(c))
    del bm
    print("released", sys.getrefcount(c))
    lst = [1, 2, 3]
    it = iter(lst)
    print("iterator holds list", sys.getrefcount(lst))
    del it
    print("released", sys.getrefcount(lst))
    print("function", sys.getrefcount(main) - 0)
main()
