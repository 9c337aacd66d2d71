d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), d.setdefault("e", 5), d.pop("b"), d)
print("a" in d, len(d), sorted(d), {k: v for k, v in d.items() if v > 1})
d.update({"a": 10}, f=6)
print(d, dict.fromkeys("xy", 0))
for k, v in d.items():
    print(k, "->", v)
merged = {**d, "a": 0}
print(merged, d | {"new": 1})
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
