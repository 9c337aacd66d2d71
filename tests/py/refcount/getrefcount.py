# sys.getrefcount in a function (cpython-memory.md 4.2): the argument adds 1.
import sys
def main():
    x = []
    print("fresh list", sys.getrefcount(x))
    other = []
    other.append(x)
    print("after append", sys.getrefcount(x))
    y = x
    print("after y = x", sys.getrefcount(x))
    del y
    print("after del y", sys.getrefcount(x))
    d = {"k": x}
    print("in a dict", sys.getrefcount(x))
    del d
    other.clear()
    print("cleared", sys.getrefcount(x))
    t = (x,)
    print("in a tuple", sys.getrefcount(x))
    del t
    l3 = [x] * 3
    print("[x] * 3", sys.getrefcount(x))
    del l3
    def f(a):
        return sys.getrefcount(a)
    print("as argument", f(x))
    def f2(a):
        b = a
        return sys.getrefcount(a)
    print("argument + local", f2(x))
    print("temporary", sys.getrefcount([]))
    w = int("123456789")
    print("runtime int", sys.getrefcount(w))
    s = "".join(["ab", "cd"])
    print("runtime str", sys.getrefcount(s))
main()
