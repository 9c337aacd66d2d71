# "coroutine '...' was never awaited": printed to stderr when a coroutine that
# never started dies, attributed to the line running at that moment, once per
# line (the module's __warningregistry__), from refcount death and from the
# cycle collector; a closed or awaited coroutine does not warn.
import gc
import sys


async def f():
    print("never printed")


def g():
    f()


f()
print("a")
g()
g()  # same line in g: not printed again
x = f()
del x
print("b")
for i in range(3):
    f()
print(sorted(k for k in __warningregistry__ if k != "version"))
print(__warningregistry__["version"])


class C:
    pass


c = C()
c.self = c
c.co = f()
del c
print("collect", gc.collect() > 0)

closed = f()
closed.close()
del closed


async def awaited():
    await f()


co = awaited()
try:
    co.send(None)
except StopIteration:
    pass
del co


class Meth:
    async def m(self):
        pass


Meth().m()
sys.stderr = sys.stdout
f()  # goes to sys.stdout now
sys.stderr = sys.__stderr__
print("end")
left = f()  # dies at exit: "sys:1", no source line
