# Async generators: __anext__/asend/athrow/aclose awaitables driven by hand,
# the values of `yield` vs the values an inner `await` passes through, the
# ag_* attributes, and the errors of misuse.
import sys


class Tick:
    def __await__(self):
        got = yield "tick"
        return got


async def agen(n):
    try:
        for i in range(n):
            got = yield i
            print("  agen got", got)
            t = await Tick()
            print("  tick returned", t)
    finally:
        print("  agen finally")


def step(aw, send=None):
    """One send into an awaitable: ('yield', v) for a pass-through value,
    ('value', v) when the await completes, or ('raise', name)."""
    try:
        return ("yield", aw.send(send))
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return ("raise", type(e).__name__, str(e))


g = agen(3)
print(type(g).__name__, g.__name__, g.__qualname__, repr(g).startswith("<async_generator object agen at 0x"))
print(g.ag_running, g.ag_await, g.ag_code.co_name, g.ag_frame is not None)
print(g.__aiter__() is g)
a = g.__anext__()
print(type(a).__name__, repr(a).startswith("<async_generator_asend object at 0x"))
print(a.__await__() is a, iter(a) is a)
print(step(a))
print(step(a))
b = g.asend("hello")
print(step(b))
print(type(g.ag_await).__name__)
print(step(b, "tick-reply"))
print(step(b))
c = g.athrow(ValueError("stop"))
print(type(c).__name__)
print(step(c))
print(g.ag_frame)
print(step(g.__anext__()))

print("-- aclose")
g2 = agen(5)
print(step(g2.__anext__()))
cl = g2.aclose()
print(step(cl))
print(step(cl))
print(step(g2.__anext__()))

print("-- caught athrow")


async def catcher():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            yield f"caught {e}"


g3 = catcher()
print(step(g3.__anext__()))
print(step(g3.athrow(KeyError, KeyError("k"))))
print(step(g3.athrow(KeyError("k2"))))
print(step(g3.aclose()))

print("-- ignoring GeneratorExit")


async def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("  ignoring")


g4 = stubborn()
print(step(g4.__anext__()))
print(step(g4.aclose()))

print("-- errors")


async def simple():
    yield 1


g5 = simple()
aw = g5.__anext__()
print(step(aw))
print(step(aw))
print(step(aw))
print(step(g5.asend(None)))
print(step(g5.asend(None)))
print(step(simple().asend("x")))


async def bad_stop():
    yield 1
    raise StopAsyncIteration


g6 = bad_stop()
print(step(g6.__anext__()))
print(step(g6.__anext__()))


async def bad_stop2():
    raise StopIteration
    yield


print(step(bad_stop2().__anext__()))
print(sys.getsizeof(agen(1).__anext__()), sys.getsizeof(agen(1).aclose()))
class W:
    def __await__(self):
        yield "w"
async def ag():
    await W()
    yield 1
g = ag()  # ag_running: true while an awaitable drives it
print(g.ag_running)
a = g.__anext__()
print(a.send(None), g.ag_running)
try:
    a.send(None)
except StopIteration as e:
    print(e.value, g.ag_running)
