# json: dumps (ensure_ascii, indent, sort_keys, separators, default, skipkeys, allow_nan, circular) and loads (hooks, constants, CPython's error messages and positions).
import json
data = {"name": "héllo", "n": [1, 2.5, -3e20, True, None, float("inf")], "nested": {"b": [], "a": {}}, 3: "int key", 1.5: "x", None: 0, False: 1, "esc": "a\"b\\c\n\t\x01😀"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=False))
print(json.dumps([1, [2, {"x": 3}]], indent="\t"), json.dumps({"b": 1, "a": 2}, sort_keys=True, separators=(",", ":")))
print(json.dumps(1.0), json.dumps(0.1), json.dumps(10**20), json.dumps("x"), json.dumps((1, 2)), json.dumps([]), json.dumps({}))
for bad in [{(1, 2): 3}, float("nan"), object()]:
    try: print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
print(json.dumps({(1,): 2, "k": 1}, skipkeys=True), json.dumps(set(), default=list))
s = json.dumps(data); back = json.loads(s); print(back)
print(json.loads('{"a": [1, 2.0, -0, 1e3, true, false, null, "\\u00e9\\ud83d\\ude00"], "b": {}}'))
print(json.loads("NaN"), json.loads("-Infinity"), json.loads(' [1 , 2 ] '), json.loads(b'{"x": 1}'))
for bad in ["", "[1,]", '{"a":1,}', "{'a': 1}", '{"a" 1}', "[1 2]", '"abc', '"a\\qb"', "[1] x", '"\x01"', "01", '{"a":}', "tru", '"\\u12"']:
    try: json.loads(bad)
    except json.JSONDecodeError as e: print(repr(bad), "->", e, e.pos, e.lineno, e.colno)
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list), json.loads('{"a": 1.5}', parse_float=str), json.loads('[1]', parse_int=float))
print(issubclass(json.JSONDecodeError, ValueError))
