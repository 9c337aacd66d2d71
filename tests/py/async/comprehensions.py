# Async comprehensions and await inside expressions: list/set/dict
# comprehensions with `async for` or `await` are awaited where they are
# built; an async generator expression is an async generator; await inside
# f-strings, calls, conditions, subscripts, lambdas' callers...


class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield ("waiting", self.v)
        return self.v


class ARange:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Ready(self.i)
        return self.i - 1


async def value(v):
    return await Ready(v)


def drive(coro):
    waits = []
    try:
        while True:
            waits.append(coro.send(None)[1])
    except StopIteration as e:
        return e.value, len(waits)


async def comps():
    a = [x * 2 async for x in ARange(4)]
    b = {x % 2 async for x in ARange(5) if x != 3}
    c = {x: await value(x * x) async for x in ARange(3)}
    d = [await value(x) for x in range(3)]
    e = [(x, y) async for x in ARange(2) for y in range(2)]
    f = [y async for x in ARange(2) async for y in ARange(x + 2)]
    return a, sorted(b), c, d, e, f


print(drive(comps()))


async def genexp():
    g = (x + 100 async for x in ARange(3))
    print(type(g).__name__, g.__name__)
    out = []
    async for v in g:
        out.append(v)
    h = (await value(x) for x in range(2))
    print(type(h).__name__)
    out.append([v async for v in h])
    return out


print(drive(genexp()))


async def expressions():
    s = f"{await value('a')}-{await value(2):>4}-{(await value(3)) + 1}"
    t = [await value(1), await value(2)][await value(1)]
    u = (await value(5)) if await value(True) else None
    v = max(await value(3), await value(7))
    w = {"k": await value("v")}[await value("k")]
    return s, t, u, v, w


print(drive(expressions()))
for c in comps.__code__.co_consts:
    if hasattr(c, "co_flags"):
        print(c.co_name, hex(c.co_flags & 0x3a0))
for c in genexp.__code__.co_consts:
    if hasattr(c, "co_flags"):
        print(c.co_name, hex(c.co_flags & 0x3a0))
