# Deep chains of awaits and of async generators end in RecursionError (the
# depth where it happens, about half of CPython's, is not printed).
import sys
async def f(n):
    if n == 0:
        return 0
    return await f(n - 1) + 1
for n in (300, 5000):
    try:
        c = f(n)
        c.send(None)
    except StopIteration as e:
        print("ok", e.value)
    except RecursionError as e:
        print("RecursionError", e)
async def ag(n):
    async for x in ag(n):
        yield x
    yield n
try:
    ag(1).__anext__().send(None)
except RecursionError as e:
    print("RecursionError", e)
