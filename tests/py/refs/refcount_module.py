import sys
big = 10 ** 20
print(sys.getrefcount(big) >= 2)
def f():
    local = [1, 2]
    return sys.getrefcount(local)
print(f())
print(sys.getrefcount([]))
class C:
    pass
print(sys.getrefcount(C()))
