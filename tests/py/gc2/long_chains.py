# Long chains that are freed one link at a time: a traceback that grows each
# time the same exception is raised again, a __context__ chain of exceptions,
# and the frames a traceback keeps. Their deallocs are trashcan-protected, so
# freeing them never overflows the stack; objects hanging off them are
# finalized when the chain goes.
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


e = ValueError("again")


def reraise(n):
    for i in range(n):
        try:
            raise e
        except ValueError:
            pass


reraise(50000)
n = 0
tb = e.__traceback__
while tb is not None:
    n += 1
    tb = tb.tb_next
print("traceback entries", n)
e.note = Noisy("on the re-raised exception")
e = None
print("traceback freed")


def chain(n):
    last = None
    for i in range(n):
        try:
            raise KeyError(i)
        except KeyError as x:
            if last is not None:
                x.__context__ = last
            last = x
    return last


c = chain(50000)
c.__context__.__context__.note = Noisy("deep in the context chain")
depth = 0
x = c
while x is not None:
    depth += 1
    x = x.__context__
print("context chain", depth)
del x
c = None
print("chain freed, collected", gc.collect() > 0)

# Frame objects are not tracked while their frame runs (3.11 creates them
# untracked and tracks them when they outlive the frame).
import sys


def running():
    return gc.is_tracked(sys._getframe())


def finished():
    return sys._getframe()


print("running frame tracked:", running())
print("finished frame tracked:", gc.is_tracked(finished()))


def gen():
    yield 1


g = gen()
fr = g.gi_frame
print("suspended generator frame tracked:", gc.is_tracked(fr))
del g
print("after the generator is gone:", gc.is_tracked(fr), fr.f_lineno, fr.f_globals is globals())
del fr

# E(x) gives the exception the argument tuple of the call: one tuple, not two.
a = ("first",)
gc.collect()
before = gc.get_count()[0]
err = ValueError(a)
after = gc.get_count()[0]
print("tracked allocations for ValueError(a):", after - before)
print(err.args[0] is a)
