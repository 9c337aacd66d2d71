#!/usr/bin/env python3
"""Stores CPython's output of every tests/divergences/*.py (<name>.cpython.txt)
and heapscope's (<name>.ours.txt, by running bin/heapscope.js, which must be built).
Run with CPython 3.11 after deciding that heapscope's output is the documented one."""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIR = os.path.join(ROOT, "tests", "divergences")
env = dict(os.environ, PYTHONHASHSEED="0")
for name in sorted(os.listdir(DIR)):
    if not name.endswith(".py"):
        continue
    path = os.path.join(DIR, name)
    for suffix, cmd in (("cpython", [sys.executable, name]),
                        ("ours", ["node", os.path.join(ROOT, "bin", "heapscope.js"), "run", name])):
        p = subprocess.run(cmd, cwd=DIR, env=env, capture_output=True, text=True, timeout=60)
        with open(path[:-3] + f".{suffix}.txt", "w") as f:
            f.write(p.stdout + p.stderr)
print("regenerated", DIR)
