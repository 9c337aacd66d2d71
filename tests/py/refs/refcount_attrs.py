import sys
class Holder:
    pass
def main():
    h = Holder()
    v = object()
    h.a = v
    print(sys.getrefcount(v))
    h.b = v
    print(sys.getrefcount(v))
    del h.a
    print(sys.getrefcount(v))
    del h
    print(sys.getrefcount(v))
main()
