# The builtins aiter() and anext() (with a default: an anext_awaitable that turns
# StopAsyncIteration into the default), and their TypeErrors.
import sys


async def agen():
    yield 1
    yield 2


class Wait:
    def __await__(self):
        yield "w"


class Slow:
    def __aiter__(self):
        return self

    async def __anext__(self):
        await Wait()
        raise StopAsyncIteration


def drive(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps


async def main():
    g = agen()
    print(aiter(g) is g)
    a = await anext(g)
    b = await anext(g, "dflt")
    c = await anext(g, "dflt")
    d = await anext(Slow(), None)
    try:
        await anext(g)
    except StopAsyncIteration:
        print("exhausted")
    aw = anext(agen(), 0)
    print(type(aw).__name__, sys.getsizeof(aw))
    return a, b, c, d


print(drive(main()))
class NotAsync:
    def __aiter__(self):
        return 5


for bad in (lambda: aiter(1), lambda: anext(1), lambda: aiter(NotAsync()), lambda: anext(agen(), 1, 2)):
    try:
        bad()
    except TypeError as e:
        print(e)
