# Reference counts seen from inside a call.
import sys
def f(a):
    return sys.getrefcount(a)
def g(a):
    b = a
    return sys.getrefcount(a)
def h(*args):
    return sys.getrefcount(args[0])
x = object()
print(sys.getrefcount(x), f(x), g(x), h(x))
print(sys.getrefcount([]), sys.getrefcount(object()))
