# pprint's layouts for collections types, dataclasses, SimpleNamespace,
# mappingproxy, subclasses of the built-in containers (with and without a
# __repr__ of their own), objects with a custom __repr__, and gc.get_stats().
import collections
import dataclasses
import enum
import gc
import pprint
import re
import types


def no_ids(text):
    return re.sub(r"(id=\d+|0x[0-9a-f]+)", "ID", text)


def show(obj, *widths, **options):
    for width in widths:
        print(f"--- width={width} {options}")
        print(no_ids(pprint.pformat(obj, width=width, **options)))


# collections
od = collections.OrderedDict((f"key{i}", list(range(i))) for i in range(6))
show(od, 1, 25, 60, 200)
show(collections.OrderedDict(), 1)
show([od, od], 40)
dd = collections.defaultdict(list, {"b": [1, 2, 3], "a": ["x" * 20], "c": []})
show(dd, 1, 20, 40, 100)
show(collections.defaultdict(int), 1)
show(collections.defaultdict(None, {1: 2, 3: 4}), 10)
show(collections.defaultdict(lambda: 0, {1: 2}), 10)
show({"nested": collections.defaultdict(dict, {"k": {"a": 1}})}, 10, indent=3)
ct = collections.Counter("the quick brown fox jumps over the lazy dog")
show(ct, 1, 30, 80, 300)
show(collections.Counter(), 1)
show(collections.Counter({"b": 3, "a": 3, "c": 1}), 10, indent=4)
show(collections.deque(range(25)), 1, 30, 200)
show(collections.deque(range(25), maxlen=30), 1, 30, 200)
show(collections.deque(["a" * 10, "b" * 10], maxlen=2), 20)
show(collections.deque(), 1)
show(collections.deque(maxlen=3), 1)
Point = collections.namedtuple("Point", "x y")
show([Point(1, 2), Point(x="x" * 30, y=[1, 2, 3])], 1, 30)


# dataclasses: a generated repr gets the name=value layout; a custom one is used as is.
@dataclasses.dataclass
class Block:
    size: int
    address: int = 0
    tags: list = dataclasses.field(default_factory=list)
    secret: str = dataclasses.field(default="hidden", repr=False)


@dataclasses.dataclass
class Pool:
    blocks: list
    owner: Block = None


@dataclasses.dataclass(repr=False)
class NoRepr:
    x: int


@dataclasses.dataclass
class Custom:
    x: int

    def __repr__(self):
        return f"Custom<{self.x}>" + "!" * 40


@dataclasses.dataclass
class Empty:
    pass


pool = Pool([Block(16, 4096, ["small"]), Block(32, 8192, ["medium", "aligned"] * 3)],
            Block(512))
show(pool, 1, 30, 60, 300)
show(Block(8), 1, 10)
show([Block(8, 16, list(range(30)))], 40, depth=2)
show(Empty(), 1)
print(no_ids(pprint.pformat([NoRepr(1)] * 3, width=10)))
show([Custom(1), Custom(2)], 10)
rec = Pool([])
rec.blocks.append(rec)
rec.owner = Block(1, 2, [rec])
print(no_ids(pprint.pformat(rec, width=20)))
print(no_ids(pprint.pformat(rec, width=200)))


class Sub(Block):
    pass


show(Sub(64, 1, ["x" * 10] * 3), 20)

# SimpleNamespace and its subclasses; mappingproxy.
ns = types.SimpleNamespace(name="arena", pools=list(range(20)), inner=types.SimpleNamespace(a=1))
show(ns, 1, 30, 100)
show(types.SimpleNamespace(), 1)


class Namespace(types.SimpleNamespace):
    pass


show(Namespace(alpha=[1, 2, 3], beta="b" * 30), 1, 20)
show(types.MappingProxyType({"z": list(range(10)), "a": "x" * 30}), 1, 30, 100)
show(types.MappingProxyType({}), 1)


# Subclasses of the built-in containers.
class MyDict(dict):
    pass


class MyList(list):
    pass


class MyTuple(tuple):
    pass


class MySet(set):
    pass


class MyFrozen(frozenset):
    pass


class MyStr(str):
    pass


class MyBytes(bytes):
    pass


class MyInt(int):
    pass


class ReprDict(dict):
    def __repr__(self):
        return "ReprDict(" + dict.__repr__(self) + ")"


class ReprList(list):
    def __repr__(self):
        return "ReprList" + list.__repr__(self)


mine = [MyDict(b=list(range(8)), a=2), MyList(range(12)), MyTuple(range(3)), MyTuple((5,)),
        MySet(range(6)), MyFrozen(range(6)), MyStr("sub " * 10), MyBytes(b"bytes" * 5),
        MyInt(10 ** 7), ReprDict(z=1, a=list(range(10))), ReprList(range(15)),
        MyDict(), MyList(), MySet(), MyFrozen()]
show(mine, 1, 25, 300)
show(mine, 40, underscore_numbers=True)
for m in mine:
    print(pprint.saferepr(m), pprint.isreadable(m), pprint.isrecursive(m))


# Objects with a custom __repr__ are written with it, however long.
class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)

    def __repr__(self):
        return f"Node({self.name!r}, children={len(self.children)})"


class Silent:
    def __repr__(self):
        return ""


tree = {"root": Node("root" * 10, [Node("a"), Node("b")]), "leaf": Node("leaf")}
show(tree, 1, 30)
show([Silent(), Silent()], 1)
print(repr(pprint.saferepr(Silent())), repr(pprint.isreadable(Silent())),
      pprint.isreadable([Silent()]))
print(no_ids(pprint.pformat([object(), Node], width=20)))


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Level(enum.IntEnum):
    LOW = 1000000
    HIGH = 2000000


show({"colors": list(Color), "levels": list(Level), Color.RED: "red"}, 1, 40,
     underscore_numbers=True)
show([range(10), slice(1, 2), 1.5, 2j, ..., NotImplemented, type, len, print], 1, 60)

# gc.get_stats(): one dict per generation (the counts differ between runs
# and runtimes, so they are masked).
stats = gc.get_stats()
print(len(stats), [sorted(s) for s in stats])
print(re.sub(r"\d+", "N", pprint.pformat(stats)))
print(re.sub(r"\d+", "N", pprint.pformat(stats, width=30)))
print(re.sub(r"\d+", "N", pprint.pformat({"generations": stats, "thresholds": gc.get_threshold(),
                                          "enabled": gc.isenabled()}, width=60)))

# Containers inside themselves, in the reprs pprint falls back on and in its layouts.
ns_loop = types.SimpleNamespace(a=1)
ns_loop.me = ns_loop
ns_sub = Namespace(items=[])
ns_sub.items.append(ns_sub)
od_loop = collections.OrderedDict(a=1)
od_loop["me"] = od_loop
dq_loop = collections.deque([1])
dq_loop.append(dq_loop)
dq_max = collections.deque([1], maxlen=3)
dq_max.append([dq_max])
dd_loop = collections.defaultdict(list)
dd_loop["me"] = dd_loop
for obj in [ns_loop, ns_sub, od_loop, dq_loop, dq_max, dd_loop]:
    print(no_ids(repr(obj)))
    print(no_ids(pprint.saferepr(obj)), pprint.isrecursive(obj), pprint.isreadable(obj))
    print(no_ids(pprint.pformat(obj, width=5)))
    print(no_ids(pprint.pformat([obj, [obj]], width=5)))

# What pprint reads of a dataclass.
print(Block.__dataclass_params__, Block.__repr__.__name__, Block.__repr__.__qualname__,
      Block.__repr__.__wrapped__.__qualname__, NoRepr.__dataclass_params__.repr)

# Sets of frozensets: < is the subset test, a partial order, so the printed
# order is whatever the sort algorithm makes of it, and must be python3's.
def corners(n):
    # The vertices of an n-cube as the sets of coordinates that are 1.
    found = [frozenset()]
    for axis in range(n):
        found = [v for base in found for v in (base, base | {axis})]
    return found


def hypercube(n):
    return {v: frozenset(v ^ {axis} for axis in range(n)) for v in corners(n)}


def edges_graph(graph):
    # The vertices are the edges of graph; two are adjacent when they share an end.
    out = {}
    for a in graph:
        for b in graph[a]:
            out[frozenset([a, b])] = frozenset([frozenset([a, c]) for c in graph[a] if c != b]
                                               + [frozenset([b, c]) for c in graph[b] if c != a])
    return out


cube3 = hypercube(3)
print(pprint.pformat(cube3))
print(pprint.pformat(edges_graph(cube3), width=100))
print(pprint.pformat(hypercube(4), width=70, compact=True))
print(pprint.pformat(set(corners(4)), width=50))
