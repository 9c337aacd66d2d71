# __del__ in cycles (PEP 442): called once, resurrection, cycles broken by __del__.
import gc

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

a = Noisy("a")
b = Noisy("b")
a.other = b
b.other = a
a.__dict__, b.__dict__
del a, b
print("collected:", gc.collect())

saved = None
class Phoenix:
    def __del__(self):
        global saved
        print("Phoenix.__del__")
        saved = self

p = Phoenix()
p.__dict__
p.me = p
del p
print("resurrected cycle:", gc.collect())
print("saved is alive:", saved.me is saved, gc.is_finalized(saved))
saved = None
print("second time:", gc.collect())

class Breaker:
    def __del__(self):
        print("breaking")
        self.peer = None

x = Breaker()
y = []
x.peer = y
y.append(x)
x.__dict__
del x, y
print("cycle broken by __del__:", gc.collect())
