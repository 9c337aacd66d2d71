#!/usr/bin/env python3
"""Writes tests/fixtures/numbers-text.json: expected values computed
by CPython 3.11 for the number and text unit tests (hashes, arithmetic, float
repr and formatting, int parsing, str methods).

Run with PYTHONHASHSEED=0 (the script re-executes itself so if needed):
    python3 scripts/gen-numbers-fixtures.py
"""
import json
import math
import os
import random
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "numbers-text.json")
rnd = random.Random(20261123)


def enc_int(n):
    """Ints travel as decimal strings (JSON numbers lose precision)."""
    return str(n)


def enc_float(x):
    """Floats travel as their repr, which round-trips exactly."""
    return repr(x)


def outcome(f):
    """Runs f(); returns ['ok', value] or ['err', 'ExcType', 'message']."""
    try:
        return ["ok", f()]
    except Exception as e:  # noqa: BLE001 - we record every error
        return ["err", type(e).__name__, str(e)]


fx = {}

# --- hashing -------------------------------------------------------------------------
strs = ["", "a", "abc", "é", "€", "😀", "hello world", "a" * 7, "a" * 8, "a" * 9, "ÿþ", "日本語", "x😀y", "\x00"]
fx["strHash"] = [[s, enc_int(hash(s))] for s in strs]
fx["bytesHash"] = [[list(s.encode()), enc_int(hash(s.encode()))] for s in strs]
ints = [0, 1, -1, -2, 2**53, 2**61 - 1, 2**61, -2**61, 2**64, -2**64, 10**30, -10**30, 2**200 + 12345]
fx["intHash"] = [[enc_int(n), enc_int(hash(n))] for n in ints]
floats = [0.0, -0.0, 0.5, -1.5, 3.14, 1e300, -1e-300, 2.0**60, 1e22, float("inf"), float("-inf"), 5e-324, 1.7976931348623157e308]
fx["floatHash"] = [[enc_float(x), enc_int(hash(x))] for x in floats]
cpx = [(1.0, 2.0), (0.0, 1.0), (-1.5, 2.25), (1e300, -1e300)]
fx["complexHash"] = [[enc_float(a), enc_float(b), enc_int(hash(complex(a, b)))] for a, b in cpx]

with open(OUT, "w") as f:
    f.write("{\n")
    f.write(",\n".join(json.dumps(k) + ": " + json.dumps(v, ensure_ascii=False) for k, v in fx.items()))
    f.write("\n}\n")
print("wrote", os.path.relpath(OUT))
