# `async for` over objects with __aiter__/__anext__, StopAsyncIteration,
# break/continue/else, exceptions from __anext__, and a StopAsyncIteration
# raised inside the body (which is not the end of the loop).


class Tick:
    def __await__(self):
        yield "tick"


class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        print("aiter")
        return self

    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


class SyncNext:
    """__anext__ may be a plain method returning an awaitable."""

    def __init__(self):
        self.left = ["a", "b"]

    def __aiter__(self):
        return self

    def __anext__(self):
        if not self.left:
            raise StopAsyncIteration
        return Value(self.left.pop(0))


class Value:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        return self.v
        yield


class Failing:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise KeyError("from anext")


def drive(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        print("  ticks", ticks, "result", e.value)
    except Exception as e:
        print("  ticks", ticks, "raised", type(e).__name__, e)


async def total():
    s = 0
    async for x in Counter(4):
        s += x
    else:
        print("else runs")
    return s


async def breaks():
    async for x in Counter(10):
        if x % 2:
            continue
        if x > 5:
            break
        print("even", x)
    else:
        print("not printed")
    return x


async def sync_next():
    return [x async for x in SyncNext()]


async def failing():
    async for x in Failing():
        pass


async def body_raises_stop():
    async for x in Counter(3):
        raise StopAsyncIteration("from body")


async def nested():
    out = []
    async for a in Counter(2):
        async for b in Counter(2):
            out.append((a, b))
    return out


for f in (total, breaks, sync_next, failing, body_raises_stop, nested):
    print(f.__name__)
    drive(f())
