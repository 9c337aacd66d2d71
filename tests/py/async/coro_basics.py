# Coroutine objects driven by hand: send/throw/close, attributes, repr, sizes.
import sys


async def add(a, b):
    return a + b


async def chain(n):
    total = 0
    for i in range(n):
        total += await add(i, i)
    return total


def run(coro):
    """Drive a coroutine that never suspends to the end."""
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


c = chain(4)
print(type(c).__name__, c.__name__, c.__qualname__)
print(repr(c).startswith("<coroutine object chain at 0x"))
print(c.cr_running, c.cr_await, c.cr_suspended, c.cr_origin)
print(c.cr_code.co_name, c.cr_code is chain.__code__, c.cr_frame.f_code is chain.__code__)
print(hex(chain.__code__.co_flags & 0x3a0))
print(run(c))
print(c.cr_frame, c.cr_running, c.cr_suspended)


class Suspend:
    """An awaitable that yields one value to the driver."""

    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield self.v
        return got


async def talker():
    a = await Suspend("first")
    b = await Suspend("second")
    return a + b


t = talker()
print(t.send(None))
print(type(t.cr_await).__name__, t.cr_suspended)
print(t.send("x"))
try:
    t.send("y")
except StopIteration as e:
    print("returned", e.value)


class Inner(Exception):
    pass


async def catcher():
    try:
        await Suspend(1)
    except Inner as e:
        print("caught", repr(e))
        await Suspend(2)
        return "done"


k = catcher()
print(k.send(None))
print(k.throw(Inner("boom")))
try:
    k.send(None)
except StopIteration as e:
    print(e.value)

k2 = catcher()
k2.send(None)
try:
    k2.throw(ValueError, ValueError("v"))
except ValueError as e:
    print("propagated", e)


async def with_finally(log):
    try:
        await Suspend("wait")
    finally:
        log.append("finally")


log = []
f = with_finally(log)
f.send(None)
f.close()
print(log, f.cr_frame)
f.close()

w = add(1, 2).__await__()
print(type(w).__name__, repr(w).startswith("<coroutine_wrapper object at 0x"))
print(iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("wrapper result", e.value)
print(sys.getsizeof(w))
