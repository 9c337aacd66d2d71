#!/usr/bin/env python3
"""Regenerates tests/unit/modules/math-special.expected.json: python3's
math.gamma, math.lgamma, math.erf and math.erfc on a fixed sample of
arguments, as hex floats (float.hex) or the exception's type and message.
tests/unit/modules/math-special.test.ts compares heapscope's results with it.

Run with the reference python3 (CPython 3.11 on Linux/glibc):
    python3 scripts/regen-math-special.py
"""
import json
import math
import os
import random

rng = random.Random(20261123)


def sample():
    xs = [0.0, -0.0, math.inf, -math.inf, 1e-300, -1e-300, 5e-324, 1e-20, 0.5, -0.5, 1.5, 2.5]
    xs += [float(n) for n in range(-5, 30)]
    xs += [n + d for n in range(-30, 30) for d in (1e-9, -1e-9, 0.25, 0.5)]
    xs += [rng.uniform(-1, 1) for _ in range(500)]
    xs += [rng.uniform(-10, 10) for _ in range(800)]
    xs += [rng.uniform(-30, 30) for _ in range(400)]
    xs += [rng.uniform(-200, 200) for _ in range(400)]
    xs += [rng.uniform(0, 180) for _ in range(200)]
    xs += [math.copysign(10 ** rng.uniform(-300, 300), rng.random() - 0.5) for _ in range(300)]
    xs += [rng.uniform(0.8, 1.3) for _ in range(200)] + [rng.uniform(1.2, 6.5) for _ in range(300)]
    xs += [rng.uniform(-6.5, -1.2) for _ in range(200)] + [rng.uniform(6, 29) for _ in range(100)]
    return xs


def outcome(f, x):
    try:
        return f(x).hex()
    except (ValueError, OverflowError) as e:
        return f"{type(e).__name__}: {e}"


xs = sample()
out = {"args": [x.hex() for x in xs]}
for name in ("gamma", "lgamma", "erf", "erfc"):
    f = getattr(math, name)
    out[name] = [outcome(f, x) for x in xs]
here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, "..", "tests", "unit", "modules", "math-special.expected.json")
with open(path, "w") as fh:
    json.dump(out, fh, indent=2)
    fh.write("\n")
print(f"{len(xs)} arguments -> {os.path.relpath(path)}")
