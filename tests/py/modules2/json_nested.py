# json round trip of nested data and pretty printing.
import json
doc = {"users": [{"id": 1, "name": "Zoë", "tags": ["a", "b"], "active": True}, {"id": 2, "name": "Li", "tags": [], "active": False}], "count": 2, "ratio": 0.5, "none": None}
s = json.dumps(doc, indent=4, ensure_ascii=False)
print(s)
print(json.loads(s) == doc, json.dumps(doc, separators=(",", ":"))[:40])
print(json.dumps({"b": [1, {"a": 2}]}, sort_keys=True, indent=1))
