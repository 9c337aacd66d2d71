# Generators: lazy evaluation, send, throw, close, return values.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
g = count(3)
print(type(g).__name__, next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"
e = echo()
print(next(e), e.send(1), e.send("two"))
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g2 = guarded()
print(next(g2))
g2.close()
print("closed")
def catcher():
    while True:
        try:
            yield
        except ValueError as exc:
            print("caught inside:", exc)
c = catcher()
next(c)
c.throw(ValueError("boom"))
print(sum(x * x for x in range(5)), list(count(4)))
def delegate():
    r = yield from count(2)
    print("sub returned", r)
    yield "after"
print(list(delegate()))
gen = (i for i in range(3))
print(list(gen), list(gen))
