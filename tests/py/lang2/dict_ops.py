# dict operations and views.
d = {"b": 2, "a": 1}
d |= {"c": 3}
print(d, list(d.keys()), list(d.values()), d.items() & {("a", 1)}, d.keys() - {"b"})
print(d.get("z", 0), d.setdefault("z", 26), d.pop("b"), d.popitem(), d)
print(dict.fromkeys("xy", 0), dict(zip("ab", [1, 2])), {**d, "a": 99}, sorted(d, reverse=True))
e = {}
for word in "the cat the hat".split():
    e[word] = e.get(word, 0) + 1
print(e, max(e, key=e.get), list(reversed(e)))
try:
    for k in d:
        d["new"] = 1
except RuntimeError as err:
    print(err)
