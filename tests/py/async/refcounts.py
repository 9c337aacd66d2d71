# Reference counts around coroutines: what a coroutine, its frame and the
# awaited objects hold while suspended, and when they let go; gc tracking.
import gc
import sys


class Wait:
    def __await__(self):
        return (yield self)


async def hold(x):
    y = [x]
    got = await Wait()
    return got, len(y)


x = object()
print("x alone", sys.getrefcount(x))
c = hold(x)
print("created: x held by the unstarted frame", sys.getrefcount(x))
print("coroutine", sys.getrefcount(c), gc.is_tracked(c))
w = c.send(None)
print("suspended", sys.getrefcount(x), type(w).__name__, sys.getrefcount(w))
print("cr_await is the Wait", c.cr_await is w)
del w
try:
    c.send("value")
except StopIteration as e:
    print("result", e.value)
print("finished", sys.getrefcount(x), c.cr_await, c.cr_frame)
del c
print("x alone again", sys.getrefcount(x))


async def add(a, b):
    return a + b


big = int("1" * 30)
r = add(big, big)
print("big held by unstarted", sys.getrefcount(big))
try:
    r.send(None)
except StopIteration as e:
    print("sum ok", e.value == 2 * big)
print("released", sys.getrefcount(big))

wrapper = add(1, 2).__await__()
print("wrapper holds the coroutine", sys.getrefcount(wrapper), gc.is_tracked(wrapper))
print(next(iter([1])))
try:
    wrapper.send(None)
except StopIteration as e:
    print("via wrapper", e.value)
del wrapper


async def agen(v):
    yield v


g = agen(x)
print("async gen holds x", sys.getrefcount(x))
a = g.__anext__()
print("asend holds the generator", sys.getrefcount(g), gc.is_tracked(a))
try:
    a.send(None)
except StopIteration as e:
    print("yielded", e.value is x)
del a, g
print("x alone at end", sys.getrefcount(x))
print(sys.getsizeof(add(1, 2).__await__()))


async def tiny():
    pass


t = tiny()
print("smallest coroutine size", sys.getsizeof(t))
t.close()
