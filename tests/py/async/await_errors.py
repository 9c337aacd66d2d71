# The TypeErrors and RuntimeErrors of await, async with and async for, and of
# misusing coroutine objects, with CPython's messages.
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
    except BaseException as e:
        print(type(e).__name__, e)

class NoEnter: pass
class BadEnter:
    def __aenter__(self): return 1
    def __aexit__(self, *a): return 2
class NoExit:
    async def __aenter__(self): return 1
class OnlyEnter:
    def __aenter__(self): return 1
class BadExit:
    async def __aenter__(self): return 1
    def __aexit__(self, *a): return 2

async def t1():
    async with NoEnter(): pass
async def t2():
    async with BadEnter(): pass
async def t3():
    async with NoExit(): pass
async def t4():
    async with BadExit(): pass
async def t4b():
    async with OnlyEnter(): pass
async def t5():
    await 1
class A:
    def __await__(self): return 5
class B:
    def __await__(self): return iter([1])
class Cc:
    async def f(self): pass
    def __await__(self): return self.f()
async def t6(): await A()
async def t7(): return await B()
async def t8(): return await Cc()
async def t9():
    async for x in 1: pass
class NoNext:
    def __aiter__(self): return 1
async def t10():
    async for x in NoNext(): pass
class BadNext:
    def __aiter__(self): return self
    def __anext__(self): return 1
async def t11():
    async for x in BadNext(): pass
async def coro(): return 1
async def t12():
    c = coro()
    await c
    await c
for t in (t1, t2, t3, t4, t4b, t5, t6, t7, t8, t9, t10, t11, t12):
    print(t.__name__, end=": ")
    print(run(t()))
c = coro()
try: iter(c)
except TypeError as e: print(e)
try: next(c)
except TypeError as e: print(e)
try: c.send(1)
except TypeError as e: print(e)
print(run(c))
try: c.send(None)
except RuntimeError as e: print(e)
c.close()
c.close()
try: c.throw(ValueError)
except RuntimeError as e: print(e)
except ValueError as e: print("VE", e)
try:
    for x in coro(): pass
except TypeError as e: print(e)


async def reentrant():
    await Suspend()


class Suspend:
    def __await__(self):
        yield "s"


async def outer(c):
    await c


c = reentrant()
c.send(None)
o = outer(c)
try:
    o.send(None)
except RuntimeError as e:
    print(e)
c.close()
o.close()


def plain_gen():
    yield from coro()


try:
    next(plain_gen())
except TypeError as e:
    print(e)


async def uses_self():
    await me


me = uses_self()
try:
    me.send(None)
except ValueError as e:
    print(e)


async def deep():
    raise KeyError("deep")


async def middle():
    return await deep()


async def top():
    await middle()


# Uncaught: the traceback runs through every await.
run_to_end = top()
run_to_end.send(None)
