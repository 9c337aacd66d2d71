import sys
def main():
    x = object()
    lst = []
    base = sys.getrefcount(x)
    lst.append(x)
    lst.insert(0, x)
    lst.extend([x, x])
    print(sys.getrefcount(x) - base)
    lst.remove(x)
    print(sys.getrefcount(x) - base)
    y = lst.pop()
    print(sys.getrefcount(x) - base)
    del y
    lst2 = lst[:]
    print(sys.getrefcount(x) - base)
    lst2 *= 2
    print(sys.getrefcount(x) - base)
    del lst, lst2
    print(sys.getrefcount(x) - base)
main()
