# weakref.finalize: alive, peek, detach, calling it, and atexit order.
import atexit, weakref

class Res:
    def __init__(self, name):
        self.name = name

def close(name, how="normally"):
    print(f"closing {name} {how}")
    return name

r1 = Res("one")
f1 = weakref.finalize(r1, close, "one")
print(f1.alive, f1.atexit, f1.peek()[1:])
del r1
print(f1.alive, f1(), f1.peek())

r2 = Res("two")
f2 = weakref.finalize(r2, close, "two", how="by call")
print(f2(), f2(), f2.alive)

r3 = Res("three")
f3 = weakref.finalize(r3, close, "three")
obj, func, args, kwargs = f3.detach()
print(obj is r3, func is close, args, kwargs, f3.alive)
del r3, obj

keep = [Res(str(i)) for i in range(3)]
for k in keep:
    weakref.finalize(k, close, k.name, how="at exit")
quiet = Res("quiet")
fq = weakref.finalize(quiet, close, "quiet", how="never")
fq.atexit = False

def last():
    print("atexit function")
atexit.register(last)
atexit.register(print, "registered with args", 1, 2, sep="|")
print(atexit.register(len) is len)
atexit.unregister(len)
print("end of main")
