import sys
def main():
    obj = object()
    base = sys.getrefcount(obj)
    lst = [obj, obj, obj]
    print(sys.getrefcount(obj) - base)
    d = {1: obj, 2: obj}
    print(sys.getrefcount(obj) - base)
    s = {obj}
    print(sys.getrefcount(obj) - base)
    t = (obj,) * 4
    print(sys.getrefcount(obj) - base)
    del lst, d, s, t
    print(sys.getrefcount(obj) - base)
    lst2 = [obj]
    lst2.clear()
    print(sys.getrefcount(obj) - base)
main()
