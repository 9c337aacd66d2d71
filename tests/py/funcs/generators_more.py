# Generator pipelines and generator state.
def numbers():
    n = 0
    while True:
        yield n
        n += 1
def take(it, k):
    for _ in range(k):
        yield next(it)
def evens(it):
    return (x for x in it if x % 2 == 0)
print(list(take(evens(numbers()), 5)))
def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, [4]], 5]])))
g = numbers()
print(g.gi_running, next(g), g.__name__, g.__qualname__)
def averager():
    total, count, avg = 0, 0, None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))
print(dict(zip("abc", numbers())))
def gen_with_return():
    yield 1
    return 2
def wrapper():
    result = yield from gen_with_return()
    yield result * 10
print(list(wrapper()))
