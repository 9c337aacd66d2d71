import sys
def main():
    x = object()
    def inner():
        return x
    print(sys.getrefcount(x))
    c = inner.__closure__[0]
    print(sys.getrefcount(c) >= 2, c.cell_contents is x)
main()
