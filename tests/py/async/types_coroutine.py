# types.coroutine: generator-based coroutines that can be awaited and can
# `yield from` native coroutines; the types module's coroutine types.
import types


@types.coroutine
def sleep0():
    got = yield "sleep"
    return got


@types.coroutine
def delegate(coro):
    return (yield from coro)


async def native(x):
    r = await sleep0()
    return (x, r)


async def main():
    a = await sleep0()
    b = await delegate(native("n"))
    return a, b


c = main()
print(c.send(None))
print(c.send("first"))
try:
    c.send("second")
except StopIteration as e:
    print("result", e.value)

print(types.CoroutineType)
print(types.AsyncGeneratorType)
g = sleep0()
print(type(g).__name__, hex(g.gi_code.co_flags & 0x1a0))
g.close()
print(types.coroutine(native) is native)
print(types.coroutine(sleep0) is sleep0)
try:
    types.coroutine(1)
except TypeError as e:
    print(e)


class Custom:
    """A generator-like object (not a generator) returned by a plain function."""

    def __init__(self):
        self.n = 0

    def send(self, v):
        self.n += 1
        if self.n > 2:
            raise StopIteration("custom done")
        return f"custom {self.n}"

    def throw(self, *a):
        raise a[0]

    def close(self):
        pass

    def __next__(self):
        return self.send(None)

    def __iter__(self):
        return self


@types.coroutine
def make_custom():
    return Custom()


async def use_custom():
    return await make_custom()


u = use_custom()
print(u.send(None), u.send(None))
try:
    u.send(None)
except StopIteration as e:
    print(e.value)


def plain():
    yield 1


async def await_plain_generator():
    await plain()


try:
    await_plain_generator().send(None)
except TypeError as e:
    print(e)
