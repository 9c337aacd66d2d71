# PEP 442 scenarios in the spirit of CPython's test_finalization: single objects,
# self cycles and chains of cycles whose members are plain, resurrecting or
# "suicidal" (they break the cycle in __del__). Slotted classes keep the counts
# free of instance dicts.
import gc, weakref

events = []
survivors = []

class Plain:
    __slots__ = ("name", "ref", "__weakref__")
    def __init__(self, name):
        self.name = name
        self.ref = None
    def __del__(self):
        events.append(("del", self.name))

class Resurrector(Plain):
    __slots__ = ()
    def __del__(self):
        events.append(("resurrect", self.name))
        survivors.append(self)

class Suicidal(Plain):
    __slots__ = ()
    def __del__(self):
        events.append(("suicide", self.name))
        self.ref = None

def run(title, build):
    events.clear()
    gc.collect()
    objs = build()
    wrs = [weakref.ref(o) for o in objs]
    del objs
    before = list(events)
    n = gc.collect()
    alive = [w() is not None for w in wrs]
    print(f"{title}: by refcount {before}, collect() -> {n}, gc events {events[len(before):]}, alive {alive}")
    if survivors:
        print("  finalized:", [gc.is_finalized(s) for s in survivors])
        survivors.clear()
        events.clear()
        print("  after releasing the survivors: collect() ->", gc.collect(), events)

def single(cls):
    return lambda: [cls("x")]

def self_cycle(cls):
    def build():
        o = cls("x")
        o.ref = o
        return [o]
    return build

def chain(*classes):
    def build():
        objs = [c(f"{c.__name__[0]}{i}") for i, c in enumerate(classes)]
        for a, b in zip(objs, objs[1:] + objs[:1]):
            a.ref = b
        return objs
    return build

run("single plain", single(Plain))
run("single resurrector", single(Resurrector))
run("self cycle", self_cycle(Plain))
run("self cycle resurrector", self_cycle(Resurrector))
run("self cycle suicidal", self_cycle(Suicidal))
run("chain of plain", chain(Plain, Plain, Plain))
run("chain with one resurrector", chain(Plain, Resurrector, Plain))
run("chain of resurrectors", chain(Resurrector, Resurrector))
run("chain with one suicidal", chain(Plain, Suicidal, Plain))
run("chain of suicidals", chain(Suicidal, Suicidal, Suicidal))
run("mixed chain", chain(Suicidal, Resurrector, Plain, Suicidal))
