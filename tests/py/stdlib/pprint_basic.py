# pprint's functions on the built-in containers: sorted keys (mixed types
# included), nesting, 1-tuples, empty containers, sets, depth, recursion,
# underscore_numbers, pp's insertion order and the stream argument.
import io
import pprint
import re
from contextlib import redirect_stdout


def no_ids(text):
    # id() values differ between runtimes.
    return re.sub(r"id=\d+", "id=N", text)


data = {
    "name": "heapscope",
    "arenas": [{"address": 4096 * i, "pools": list(range(i, i + 6)), "free": i % 2 == 0}
               for i in range(3)],
    "sizes": (8, 16, 24, 32, 40, 48, 56, 64),
    "flags": {"tracemalloc", "gc", "pymalloc"},
    "empty": [[], (), {}, set(), frozenset(), ""],
    "single": (1,),
    "nested_single": ((("deep",),),),
    "none": None,
    "ratio": 0.75,
    "complex": 3 - 4j,
    "bytes": b"\x00\x01abc",
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pp(data, width=50)
print(pprint.pformat(data, width=120))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, depth=2, width=50))

# Keys of different types: ordered by type name when < fails.
mixed = {3: "int", "b": "str", 2.5: "float", None: "none", (1, 2): "tuple",
         b"k": "bytes", "a": "str", 1: "int", False: "bool", frozenset({1}): "fs"}
pprint.pprint(mixed)
pprint.pprint(mixed, width=30)
pprint.pprint(mixed, sort_dicts=False, width=30)
pprint.pprint({1, "a", 2.5, None, (1,), b"x", 7, "b"}, width=20)
pprint.pprint(frozenset({1, "a", 2.5, None, (1,), b"x"}), width=20)
pprint.pprint({-1: 1, -2.5: 2, True: 3, 0: 4}, width=10)

# Scalars and empty containers print as their repr at any width.
for obj in [0, -7, 10**30, 1.5e300, float("nan"), True, None, "", b"", bytearray(),
            [], (), {}, set(), frozenset(), "short", b"shrt", (1,), [[]], ((),)]:
    print(pprint.pformat(obj, width=1), pprint.saferepr(obj), pprint.isreadable(obj),
          pprint.isrecursive(obj))

# underscore_numbers applies to ints only (not bool, float or int reprs inside strings).
nums = {"big": 12345678901234567890, "neg": -1234567, "small": 999, "bool": True,
        "float": 1234567.5, "list": [10**6, 10**9, -10**12], "str": "1000000"}
pprint.pprint(nums, underscore_numbers=True)
pprint.pprint(nums, underscore_numbers=True, width=30)
print(pprint.pformat(10**20, underscore_numbers=True))

# Depth limits: [...], (...), {...} below the limit; scalars are unaffected.
deep = [1, [2, [3, [4, [5, [6]]]]], (7, (8, (9,))), {"k": {"k2": {"k3": 1}}}]
for depth in range(1, 7):
    print(depth, pprint.pformat(deep, depth=depth))
    print(depth, pprint.pformat(deep, depth=depth, width=12))
print(pprint.pformat([[]], depth=1), pprint.pformat([{}], depth=1), pprint.pformat([()], depth=1))
print(pprint.pformat([(1,)], depth=1), pprint.pformat({"a": [1]}, depth=1))

# Recursion.
a = [1, 2]
a.append(a)
print(no_ids(pprint.pformat(a)))
print(no_ids(pprint.pformat(a, width=5)))
print(no_ids(pprint.saferepr(a)), pprint.isrecursive(a), pprint.isreadable(a))
d = {"self": None, "items": [1, 2, 3]}
d["self"] = d
d["items"].append(d)
print(no_ids(pprint.pformat(d)))
print(no_ids(pprint.pformat(d, width=20)))
print(pprint.isrecursive(d), pprint.isreadable(d), pprint.isrecursive(d["items"]))
t = ([],)
t[0].append(t)
print(no_ids(pprint.pformat(t)), no_ids(pprint.pformat(t, width=3)))
shared = [1, 2]
print(pprint.pformat([shared, shared, (shared, shared)]), pprint.isrecursive([shared, shared]))
print(no_ids(pprint.pformat([a, a], depth=2)), no_ids(pprint.pformat(a, depth=1)))

# Readability: reprs that start with "<" are not readable.
print(pprint.isreadable([1, "a", (2.5, None)]), pprint.isreadable([object]),
      pprint.isreadable({"f": len}), pprint.isreadable(type))

# pp keeps insertion order; pprint sorts; sort_dicts=False keeps it too.
ordered = {"zeta": 1, "alpha": 2, "mid": {"y": 1, "x": 2}}
pprint.pp(ordered)
pprint.pp(ordered, sort_dicts=True)
pprint.pprint(ordered)
pprint.pprint(ordered, sort_dicts=False)
pprint.pp(ordered, None, 1, 10)


# The stream: anything with write(); pieces are written as they are made.
class Recorder:
    def __init__(self):
        self.pieces = []

    def write(self, s):
        self.pieces.append(s)


r = Recorder()
pprint.pprint({"a": [1, 2, 3], "b": "x" * 30, "c": b"y" * 30}, stream=r, width=20)
print(r.pieces)
r = Recorder()
pprint.pprint(list(range(12)), r, 2, 12, compact=True)
print(r.pieces)
r = Recorder()
pprint.PrettyPrinter(stream=r, width=8).pprint(("a" * 9, b"b" * 9, bytearray(b"c" * 9)))
print(r.pieces)
buf = io.StringIO()
pprint.pprint(data, buf, width=30)
print(buf.getvalue() == pprint.pformat(data, width=30) + "\n")
buf = io.StringIO()
with redirect_stdout(buf):
    pprint.pprint("captured")
    pprint.pp(["also", "captured"])
print(repr(buf.getvalue()))
print(pprint.pformat(data) == pprint.PrettyPrinter().pformat(data))
print(sorted(pprint.__all__))
