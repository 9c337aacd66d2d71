# Lambdas, closures and decorators with arguments.
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco
@repeat(3)
def hi(n):
    return "hi" * n
print(hi(2), hi.__name__)
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
def memo(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return inner
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
def acc():
    items = []
    return items.append, items
push, items = acc()
push(1); push(2)
print(items)
def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2))
print(defaults.__defaults__)
