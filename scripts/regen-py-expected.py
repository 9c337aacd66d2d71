#!/usr/bin/env python3
"""Regenerates the expected outputs of the differential tests under tests/py.

For every tests/py/<area>/<name>.py, runs `PYTHONHASHSEED=0 python3 <path>`
from the repository root (so tracebacks name the file as tests/py/...) and
writes <name>.expected.json beside it: {"stdout", "stderr", "status"}.
A <name>.stdin file beside a program is its standard input (else /dev/null).
Run it with CPython 3.11 (the reference); pass file paths to regenerate
only those.
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def regen(rel):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONPATH", None)
    stdin_path = os.path.join(ROOT, rel[:-3] + ".stdin")
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    try:
        p = subprocess.run(
            [sys.executable, "-X", "frozen_modules=on", rel],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, stdin=stdin,
        )
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    # python3 names the script by its absolute path; the stored outputs use the
    # path relative to the repository root, as the test runner passes it.
    strip = lambda s: s.replace(ROOT + "/", "")
    out = {"stdout": strip(p.stdout), "stderr": strip(p.stderr), "status": p.returncode}
    with open(os.path.join(ROOT, rel[:-3] + ".expected.json"), "w") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("regen-py-expected: run this with CPython 3.11")
    files = sys.argv[1:]
    if not files:
        for dirpath, _, names in os.walk(os.path.join(ROOT, "tests", "py")):
            for n in sorted(names):
                if n.endswith(".py") and not n.startswith("_"):
                    files.append(os.path.relpath(os.path.join(dirpath, n), ROOT))
    for rel in sorted(files):
        regen(os.path.relpath(os.path.abspath(rel), ROOT) if os.path.exists(rel) else rel)
    print(f"regenerated {len(files)} expected outputs")


if __name__ == "__main__":
    main()
