# Generators: send, throw, close, yield from and return values.
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

g = acc(); next(g)
print(g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

def inner():
    r = yield 1
    yield r
    return "inner done"

def outer():
    result = yield from inner()
    yield result

o = outer()
print(next(o), o.send("sent"), next(o))

def guarded():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"
    finally:
        print("closing")

g2 = guarded(); next(g2)
print(g2.throw(ValueError("bad")))
g2.close()
print(list(x * 2 for x in range(3)), [y for x in range(3) for y in range(x)])
