import sys
class CM:
    def __enter__(self):
        print("enter refs", sys.getrefcount(self))
        return self
    def __exit__(self, *a):
        print("exit refs", sys.getrefcount(self))
def main():
    cm = CM()
    print("before", sys.getrefcount(cm))
    with cm as c:
        print("inside", sys.getrefcount(cm))
    print("after", sys.getrefcount(cm))
main()
