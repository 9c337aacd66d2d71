import sys
def gen(obj):
    yield sys.getrefcount(obj)
    yield sys.getrefcount(obj)
def main():
    x = object()
    g = gen(x)
    print("created", sys.getrefcount(x))
    print(next(g))
    print("suspended", sys.getrefcount(x))
    del g
    print("released", sys.getrefcount(x))
main()
