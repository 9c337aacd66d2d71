import sys
def main():
    items = [object() for _ in range(3)]
    for it in items:
        print(sys.getrefcount(it))
    print(sys.getrefcount(it))
    del it
    print(sys.getrefcount(items[2]))
    it2 = iter(items)
    print(sys.getrefcount(items))
    next(it2)
    del it2
    print(sys.getrefcount(items))
main()
