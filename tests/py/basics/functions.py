# Function definitions with every kind of parameter.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))

def g(x, /, y, *, z):
    return x + y + z

print(g(1, 2, z=3), g(1, y=2, z=3))

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c = counter()
c()
c()
print(c(), c.__name__, c.__qualname__)
add = lambda p, q=10: p + q
print(add(1), add(1, 2), (lambda: "no args")())
G = 1
def setg():
    global G
    G = 99
setg()
print(G)
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def hello(name):
    return "hello " + name
print(hello("world"))
print(f(*[1, 2], **{"c": 3}))
