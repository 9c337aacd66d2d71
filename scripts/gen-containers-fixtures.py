#!/usr/bin/env python3
"""Regenerates tests/unit/objects/fixtures/containers.json from CPython 3.11.

Run as: PYTHONHASHSEED=0 python3 scripts/gen-containers-fixtures.py
then:   npx prettier --write tests/unit/objects/fixtures/containers.json
The container unit tests compare heapscope against these facts: getsizeof
sequences, set iteration orders (ints, and strs under PYTHONHASHSEED=0),
frozenset/tuple/range hashes. The unit tests need no Python.
"""
import json
import os
import random
import sys

assert sys.version_info[:2] == (3, 11), "expectations are for CPython 3.11"
assert os.environ.get("PYTHONHASHSEED") == "0", "run with PYTHONHASHSEED=0"

out = {}
gs = sys.getsizeof

l = []
s = [gs(l)]
for i in range(200):
    l.append(i)
    s.append(gs(l))
out["list_append"] = s
out["list_from_range"] = [gs(list(range(n))) for n in range(60)]
out["list_repeat"] = [gs([0] * n) for n in range(60)]
out["list_from_list"] = [gs(list(list(range(n)))) for n in range(60)]
out["list_from_tuple"] = [gs(list(tuple(range(n)))) for n in range(60)]
out["list_comprehension"] = [gs([i for i in range(n)]) for n in range(60)]
pops = []
l = list(range(100))
while l:
    l.pop()
    pops.append(gs(l))
out["list_pop"] = pops
ins = []
l = []
for i in range(60):
    l.insert(0, i)
    ins.append(gs(l))
out["list_insert"] = ins
ext = []
l = []
for i in range(40):
    l.extend(range(i % 7))
    ext.append(gs(l))
out["list_extend"] = ext
out["list_concat"] = [gs(list(range(a)) + list(range(b))) for a in range(6) for b in range(6)]
irep = []
for n in range(8):
    for k in range(5):
        l = list(range(n))
        l *= k
        irep.append(gs(l))
out["list_inplace_repeat"] = irep
out["list_slice"] = [gs(list(range(30))[a:b]) for a in range(0, 30, 7) for b in range(0, 30, 5)]


def dict_seq(keys):
    d = {}
    r = [gs(d)]
    for k in keys:
        d[k] = None
        r.append(gs(d))
    return r


out["dict_str"] = dict_seq(["k%d" % i for i in range(200)])
out["dict_int"] = dict_seq(list(range(200)))
out["dict_mixed"] = dict_seq(["a", "b", 1, "c", (2, 5), "d"] + ["x%d" % i for i in range(20)])
# deletions then insertions: dummies and resize on compaction
d = {}
r = []
for i in range(100):
    d["k%d" % i] = i
    if i % 3 == 0 and ("k%d" % (i // 2)) in d:
        del d["k%d" % (i // 2)]
    r.append(gs(d))
out["dict_churn"] = r
out["dict_churn_keys"] = list(d.keys())
out["dict_copy_str"] = [gs(dict.fromkeys(["k%d" % i for i in range(n)]).copy()) for n in range(40)]
out["dict_copy_int"] = [gs(dict(dict.fromkeys(range(n)))) for n in range(40)]
out["dict_fromkeys_list_str"] = [gs(dict.fromkeys(["k%d" % i for i in range(n)])) for n in range(40)]
out["dict_fromkeys_dict_str"] = [
    gs(dict.fromkeys(dict.fromkeys(["k%d" % i for i in range(n)]))) for n in range(40)
]
out["dict_fromkeys_set_int"] = [gs(dict.fromkeys(set(range(n)))) for n in range(40)]
out["dict_pairs_int"] = [gs(dict([(i, i) for i in range(n)])) for n in range(40)]
out["dict_update_str"] = []
for n in range(30):
    a = {"z": 1}
    a.update({"k%d" % i: i for i in range(n)})
    out["dict_update_str"].append(gs(a))
# popitem then insert: entries are reused
d = {i: i for i in range(10)}
r = []
for i in range(20):
    if i % 2:
        d.popitem()
    else:
        d[100 + i] = i
    r.append(gs(d))
out["dict_popitem_insert"] = r
out["dict_popitem_keys"] = list(d)


def set_seq(vals):
    s = set()
    r = [gs(s)]
    for v in vals:
        s.add(v)
        r.append(gs(s))
    return r


out["set_add_int"] = set_seq(list(range(300)))
rng = random.Random(1234)
int_cases = []
for n in [3, 5, 8, 13, 19, 40, 77, 150]:
    xs = [rng.randrange(-10**6, 10**6) for _ in range(n)] + [rng.randrange(-2**70, 2**70) for _ in range(n // 3)]
    s = set()
    for x in xs:
        s.add(x)
    rem = xs[: n // 2 : 2]
    for x in rem:
        s.discard(x)
    after = xs[n // 2 :]
    s2 = set(s)
    for x in range(n):
        s2.add(x * 37)
    int_cases.append({"adds": [str(x) for x in xs], "removes": [str(x) for x in rem],
                      "order": [str(x) for x in s], "more": n, "order2": [str(x) for x in s2]})
out["set_int_orders"] = int_cases
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota",
         "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau",
         "upsilon", "phi", "chi", "psi", "omega", "a", "b", "c", "é", "€uro", "😀x"]
str_cases = []
for n in [4, 6, 10, 20, 30]:
    ws = words[:n] + ["w%d" % i for i in range(n * 2)]
    s = set(ws)
    str_cases.append({"adds": ws, "order": list(s)})
    s.discard(ws[1])
    s.discard(ws[3])
    s.add("new1")
    s.add("new2")
    str_cases[-1]["order_after"] = list(s)
out["set_str_orders"] = str_cases
out["set_sizes_from_list"] = [gs(set(range(n))) for n in range(60)]
out["set_sizes_from_set"] = [gs(set(set(range(n)))) for n in range(60)]
out["frozenset_hash"] = [str(hash(frozenset(range(n)))) for n in range(12)] + [
    str(hash(frozenset(["a", "b", "c"]))), str(hash(frozenset({(1, 2), "x"})))]
out["tuple_hash"] = {
    "ints": [str(hash(tuple(range(n)))) for n in range(8)],
    "big": str(hash((2**64, -1, -2, 10**30))),
    "strs": str(hash(("a", "bc", "😀"))),
    "nested": str(hash(((1, 2), (), ((3,),)))),
}
# range(0) and range(1, 2) hash None, whose hash is its address: not reproducible.
out["range_hash"] = [str(hash(r)) for r in [range(5), range(1, 10, 3), range(-5, 5, 2), range(10, 0, -1)]]
json.dump(out, open(os.path.join(os.path.dirname(__file__), "..", "tests", "unit", "objects", "fixtures", "containers.json"), "w"), indent=0)
print("ok")
