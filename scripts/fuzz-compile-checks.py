#!/usr/bin/env python3
"""Mutation cases for scripts/fuzz-compile-checks.mjs.

Takes small stdlib modules, inserts a statement that compile() may refuse or warn
about (break, return, await, nonlocal, __debug__ = 1, duplicate keywords, ...) at
a random place of the AST, and prints one JSON line per case with the mutated
AST (ast-nodes.ts shape) and what compile() says: the SyntaxError, or the
SyntaxWarnings. The AST is compiled directly, so positions come from the AST.

Usage: python3 scripts/fuzz-compile-checks.py SEED COUNT > cases.jsonl
"""
import ast
import copy
import json
import os
import random
import sys
import sysconfig
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from symtable_dump import error_json, node_json  # noqa: E402

SNIPPETS = [
    "break",
    "continue",
    "return 1",
    "return",
    "return (\n    x)",
    "yield x",
    "yield from x",
    "await x",
    "async with a as b:\n    pass",
    "async for a in b:\n    pass",
    "nonlocal zz",
    "global self",
    "__debug__ = 1",
    "a, *b, *c = d",
    "*a = b",
    "[(yield) for q in r]",
    "del __debug__",
    "f(k=1, k=2)",
    "from __future__ import annotations",
    "x = [i := 1 for i in y]",
    "import os as __debug__",
    "class Q:\n    return 1",
    "z = lambda: await x",
    "try:\n    pass\nexcept* E:\n    break",
    "try:\n    pass\nexcept* E:\n    with a:\n        continue",
    "match m:\n    case n:\n        pass\n    case 1:\n        pass",
    "match m:\n    case [p, p]:\n        pass",
    "match m:\n    case {1: p, 1: q}:\n        pass",
    "def g(a, a):\n    pass",
    "assert (x, 1)",
    "x is 1",
    "(1, 2)(3)",
    "[1][1.5]",
    "{1}[0]",
    "y = [x async for x in z]",
    "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass",
    "with a:\n    break",
    "try:\n    break\nfinally:\n    __debug__ = 2",
    "from os import *",
    "print(*a)\n*a",
    "for *q in r:\n    pass",
    "x: int = 1\nglobal x",
]


def stmt_lists(tree):
    """Every statement list of the tree, with the node that owns it."""
    out = []
    for node in ast.walk(tree):
        for field in ("body", "orelse", "finalbody"):
            body = getattr(node, field, None)
            if isinstance(body, list) and body and isinstance(body[0], ast.stmt):
                out.append(body)
    return out


def small_modules():
    stdlib = sysconfig.get_paths()["stdlib"]
    files = []
    for root, dirs, names in os.walk(stdlib):
        dirs[:] = [d for d in dirs if d not in ("site-packages", "__pycache__")]
        for n in names:
            p = os.path.join(root, n)
            if n.endswith(".py") and 500 < os.path.getsize(p) < 6000:
                files.append(p)
    return sorted(files)


def main():
    seed, count = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    files = small_modules()
    warnings.simplefilter("ignore")
    made = 0
    while made < count:
        path = rng.choice(files)
        try:
            tree = ast.parse(open(path, "rb").read(), path)
        except SyntaxError:
            continue
        lists = stmt_lists(tree)
        if not lists:
            continue
        body = rng.choice(lists)
        pos = rng.randrange(len(body) + 1)
        anchor = body[min(pos, len(body) - 1)]
        new = ast.parse(rng.choice(SNIPPETS)).body
        for stmt in new:
            ast.increment_lineno(stmt, anchor.lineno - 1)
            for n in ast.walk(stmt):
                if hasattr(n, "col_offset"):
                    n.col_offset += anchor.col_offset
                    n.end_col_offset += anchor.col_offset
        body[pos:pos] = copy.deepcopy(new)
        case = {"name": "%s #%d" % (os.path.relpath(path, sysconfig.get_paths()["stdlib"]), made)}
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                compile(tree, path, "exec")
            case["warnings"] = [
                {"message": str(w.message), "lineno": w.lineno}
                for w in caught
                if issubclass(w.category, SyntaxWarning)
            ]
        except SyntaxError as e:
            case["error"] = error_json(e)
        except (ValueError, TypeError):
            continue  # the AST validator refused the mutation
        case["ast"] = node_json(tree)
        print(json.dumps(case, separators=(",", ":"), allow_nan=False))
        made += 1


if __name__ == "__main__":
    main()
