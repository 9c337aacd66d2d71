# What runs when the program ends: atexit functions (last registered first),
# weakref.finalize callbacks, a collection, then __main__ is torn down: the
# module dict is part of a cycle (class -> methods -> globals), so the
# collector finalizes the objects it holds in collection order.
import atexit, weakref

class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

first = N("first")
cycle = N("cycle")
cycle.me = cycle
pair = [N("p1"), N("p2")]
table = {"k": N("in dict")}
atexit.register(print, "atexit 1")
atexit.register(print, "atexit 2")
watched = N("watched")
weakref.finalize(watched, print, "finalize watched")
_private = N("_private")
last = N("last")
print("end of program")
