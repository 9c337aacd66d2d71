# WeakValueDictionary, WeakKeyDictionary, WeakSet and WeakMethod shrink as objects die.
import gc, weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Obj({self.name!r})"
    def hello(self):
        return f"hello from {self.name}"

values = weakref.WeakValueDictionary()
a, b, c = Obj("a"), Obj("b"), Obj("c")
values["a"], values["b"], values["c"] = a, b, c
print(len(values), sorted(values), "a" in values)
del b
print(len(values), sorted(values), values.get("b", "gone"))
it = iter(values.items())
print(next(it))
del c
print(sorted(k for k, v in values.items()))
print(values.pop("a").name, len(values))
try:
    values["zzz"]
except KeyError as e:
    print("KeyError:", e)

keys = weakref.WeakKeyDictionary()
k1, k2 = Obj("k1"), Obj("k2")
keys[k1] = 1
keys[k2] = 2
print(len(keys), keys[k1], k2 in keys)
del k1
print(len(keys), [o.name for o in keys])

ws = weakref.WeakSet()
items = [Obj(str(i)) for i in range(5)]
for o in items:
    ws.add(o)
print(len(ws))
del items[1:3]
print(len(ws), sorted(o.name for o in ws))
items.clear()
print(len(ws), list(ws))

o = Obj("m")
wm = weakref.WeakMethod(o.hello)
print(wm()(), wm() == o.hello)
dead = []
wm2 = weakref.WeakMethod(o.hello, lambda r: dead.append("method died"))
del o
print(wm(), dead)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
print(repr(values).startswith("<WeakValueDictionary at 0x"))
