# Reference counts of objects bound at module level.
import sys
x = object()
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
class K:
    pass
k = K()
print(sys.getrefcount(k), sys.getrefcount(K) > 2)
def f():
    pass
print(sys.getrefcount(f))
lst = [x, x, x]
print(sys.getrefcount(x))
