# The cycle collector and coroutines: unreachable suspended coroutines in
# cycles are finalized (closed) and freed; a finalizer that resurrects keeps
# the objects; gc.get_referents of a suspended coroutine; never-awaited
# coroutines found by the collector warn from where the collection ran.
# (gc.get_referents of a coroutine misses its code object and name strings:
# only the locals, the function and the value stack are compared.)
import gc


class Wait:
    def __await__(self):
        yield "w"


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


async def loop_forever(node):
    node.task = me_holder[0]
    try:
        while True:
            await Wait()
    finally:
        print("  closed", node.name)


gc.disable()
gc.collect()
me_holder = [None]
n = Node("n1")
c = loop_forever(n)
me_holder[0] = c
c.send(None)
me_holder[0] = None
del c, n
print("before collect")
print("collected", gc.collect())
print("garbage", gc.garbage)

print("two coroutines awaiting each other's nodes")


async def pair(name, other_box):
    local = Node(name)
    local.other = other_box
    try:
        await Wait()
    finally:
        print("  closed", name)


box_a, box_b = [], []
a = pair("A", box_b)
b = pair("B", box_a)
box_a.append(a)
box_b.append(b)
a.send(None)
b.send(None)
del a, b, box_a, box_b
print("collected", gc.collect())

print("resurrection from a finally")
saved = []


async def resurrect():
    holder = [None]
    holder[0] = holder
    try:
        await Wait()
    finally:
        saved.append(holder)
        print("  finally saved the holder")


c = resurrect()
c.send(None)
cycle = [c]
cycle.append(cycle)
del c, cycle
print("collected", gc.collect())
print("saved", len(saved), saved[0][0] is saved[0])

print("never-awaited coroutine in a cycle")


async def never():
    pass


class Holder:
    pass


h = Holder()
h.h = h
h.c = never()
del h
print("collecting")
gc.collect()
print("referents of a suspended coroutine")


async def refs(arg):
    local = "a local"
    await Wait()


c = refs(Node("arg"))
c.send(None)
kinds = {type(o).__name__ for o in gc.get_referents(c)}
print(sorted(kinds & {"Node", "function", "generator"}))
c.close()
del c
gc.enable()
print("end")
