import sys
def main():
    x = object()
    def one(a):
        return sys.getrefcount(a)
    def two(a, b):
        return sys.getrefcount(a)
    def star(*args):
        return sys.getrefcount(args[0])
    def kw(**kwargs):
        return sys.getrefcount(kwargs["k"])
    print(one(x), two(x, x), star(x), kw(k=x))
    print(sys.getrefcount(x))
    f = lambda: sys.getrefcount(x)
    print(f())
main()
