# `async with`: __aenter__/__aexit__ awaited, suppression, exceptions inside
# __aexit__, return/break through the block, several items, and what
# sys.exc_info() shows inside __aexit__.
import sys


class Yield:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        sent = yield self.tag
        return sent


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        got = await Yield(f"entering {self.name}")
        print("enter got", got)
        return self

    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        print("  exc_info during exit:", sys.exc_info()[0])
        await Yield(f"exiting {self.name}")
        return self.suppress


def drive(coro, label):
    n = 0
    value = None
    try:
        while True:
            y = coro.send(value)
            n += 1
            print(f"  [{label}] yielded {y!r}")
            value = f"v{n}"
    except StopIteration as e:
        print(f"  [{label}] returned {e.value!r}")
    except Exception as e:
        print(f"  [{label}] raised {type(e).__name__}: {e}")


async def simple():
    async with Manager("a") as m:
        print("body", m.name)
    return "ok"


async def suppressed():
    async with Manager("s", suppress=True):
        raise KeyError("inside")
    return "after"


async def not_suppressed():
    async with Manager("n"):
        raise ValueError("inside")


async def returns_through():
    for i in range(3):
        async with Manager(f"r{i}"):
            if i == 1:
                return i
            if i == 0:
                continue


async def nested():
    async with Manager("x") as x, Manager("y") as y:
        print("both", x.name, y.name)
        raise IndexError("both")


class BadExit:
    async def __aenter__(self):
        return "value"

    async def __aexit__(self, *args):
        raise RuntimeError("from exit")


async def exit_raises():
    try:
        async with BadExit() as v:
            print("got", v)
            raise ValueError("original")
    except RuntimeError as e:
        print("caught", e, "context:", repr(e.__context__))


for f in (simple, suppressed, not_suppressed, returns_through, nested, exit_raises):
    print(f.__name__)
    drive(f(), f.__name__)
