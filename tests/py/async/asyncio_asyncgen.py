# Async generators under asyncio and sys.set_asyncgen_hooks: an async generator
# abandoned by `break` is closed by a task of the loop one turn later (the
# finalizer hook), one still suspended at the end by shutdown_asyncgens; the
# hooks called by hand.
import asyncio
import sys


async def numbers(n, log):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        log.append("numbers finally")


async def main():
    log = []
    async for x in numbers(5, log):
        log.append(x)
        if x == 2:
            break
    log.append("after break")
    await asyncio.sleep(0)
    log.append("after sleep 1")
    await asyncio.sleep(0)
    log.append("after sleep 2")
    print(log)
    g = numbers(3, log)
    print(await g.__anext__())
    keep.append(g)
    print(sys.get_asyncgen_hooks()[0] is not None)
    return "ok"


keep = []
print(asyncio.run(main()))
print(sys.get_asyncgen_hooks()[0], sys.get_asyncgen_hooks()[1])


async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")


def first(ag):
    print("firstiter", ag.__qualname__)


saved = []


def fin(ag):
    print("finalizer", ag.__qualname__)
    saved.append(ag)


sys.set_asyncgen_hooks(first, finalizer=fin)
g = agen()
print("no hook before the first step")
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("yielded", e.value)
del g
print("resurrected by the finalizer:", len(saved))
sys.set_asyncgen_hooks(None, None)
closing = saved.pop().aclose()
try:
    closing.send(None)
except StopIteration:
    print("closed")
for bad in ({"firstiter": 1}, {"finalizer": "x"}):
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print(e)
