# PEP 442 for coroutines and async generators: a suspended one that dies is
# closed (its finally blocks run, its locals are released) at the moment of
# refcount death or inside the collector; weakref callbacks run before the
# finally; __del__ of the locals in CPython's order.
import gc
import sys
import weakref


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


class Wait:
    def __await__(self):
        yield "wait"


async def holder(name):
    a = Noisy(name + ".a")
    b = Noisy(name + ".b")
    try:
        await Wait()
    finally:
        print("  finally", name)


print("refcount death")
c = holder("c1")
c.send(None)
print("  refcount", sys.getrefcount(c))
del c
print("after del")

print("weakref callback first")
c = holder("c2")
c.send(None)
r = weakref.ref(c, lambda ref: print("  weakref callback, alive:", ref() is not None))
del c
print("after del")

print("never started: arguments released")
n = Noisy("arg")
c = holder.__call__("unused")
del n
c.close()
del c


async def takes(x):
    await Wait()


n = Noisy("param")
c = takes(n)
del n
print("  param still held:", sys.getrefcount(c) > 0)
c.close()
print("after close")

print("cycle through a local")


async def selfref():
    me = Noisy("selfref.local")
    box = [None]
    box[0] = box
    try:
        await Wait()
    finally:
        print("  finally selfref")


gc.collect()
c = selfref()
c.send(None)
c.cr_frame.f_locals  # frames can be looked at while suspended
holder_list = [c]
holder_list.append(holder_list)
del c, holder_list
print("  collected", gc.collect())

print("cycle: coroutine awaiting itself through an object")


class Box:
    pass


async def awaits_box(box):
    try:
        await Wait()
    finally:
        print("  finally awaits_box, box alive:", box is not None)


b = Box()
b.coro = awaits_box(b)
b.coro.send(None)
del b
print("  collected", gc.collect() > 0)

print("async generator dying suspended")


async def agen():
    x = Noisy("agen.local")
    try:
        yield 1
        yield 2
    finally:
        print("  agen finally")


g = agen()
step = g.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print("  got", e.value)
del step
del g
print("after del")

print("a coroutine awaiting another: both closed, inner first")


async def inner():
    try:
        await Wait()
    finally:
        print("  inner finally")


async def outer():
    try:
        await inner()
    finally:
        print("  outer finally")


c = outer()
c.send(None)
print("  cr_await:", type(c.cr_await).__name__, c.cr_await.cr_await.__class__.__name__)
del c
print("end")
