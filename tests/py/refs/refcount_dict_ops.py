import sys
def main():
    k = "".join(["ke", "y"])
    v = object()
    d = {}
    print(sys.getrefcount(k), sys.getrefcount(v))
    d[k] = v
    print(sys.getrefcount(k), sys.getrefcount(v))
    d[k] = v
    print(sys.getrefcount(k), sys.getrefcount(v))
    d2 = dict(d)
    print(sys.getrefcount(k), sys.getrefcount(v))
    d.pop(k)
    print(sys.getrefcount(k), sys.getrefcount(v))
    d2.clear()
    print(sys.getrefcount(k), sys.getrefcount(v))
main()
