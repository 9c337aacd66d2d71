#!/usr/bin/env python3
"""Regenerate tests/fixtures/compiler/symtable/*.json from CPython 3.11.

For every snippet of scripts/symtable_corpus.py this stores
  - the AST from ast.parse, as JSON in the shape of src/compiler/ast-nodes.ts
    (so the TypeScript tests do not depend on our parser),
  - for TABLES: the symbol tables of the `symtable` module (raw flags, the derived
    is_* answers, get_locals()/get_frees()/..., children in order) and, for each
    block that becomes a code object, the facts the code generator will need
    (co_flags generator/coroutine bits, parameters, co_cellvars, co_freevars),
  - for ERRORS: the SyntaxError compile() raises (msg, lineno, offset, end_lineno,
    end_offset; None becomes null).

Usage: python3 scripts/gen-symtable-fixtures.py
"""

import ast
import json
import os
import symtable
import sys
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from symtable_corpus import ERRORS, TABLES  # noqa: E402
from symtable_dump import dump_block, error_json, node_json  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "fixtures", "compiler", "symtable")

def main():
    os.makedirs(OUT, exist_ok=True)
    warnings.simplefilter("ignore")
    tables = []
    for name, src in TABLES:
        tree = ast.parse(src, "<snippet>")
        code = compile(src, "<snippet>", "exec")
        top = symtable.symtable(src, "<snippet>", "exec")
        tables.append({"name": name, "source": src, "ast": node_json(tree), "table": dump_block(top, code)})
    errors = []
    for name, src in ERRORS:
        tree = ast.parse(src, "<snippet>")  # must be accepted by the parser
        try:
            compile(src, "<snippet>", "exec")
        except SyntaxError as e:
            errors.append({"name": name, "source": src, "ast": node_json(tree), "error": error_json(e)})
        else:
            raise SystemExit("%s: compile() accepted it; move it to TABLES" % name)
    names = [n for n, _ in TABLES] + [n for n, _ in ERRORS]
    if len(set(names)) != len(names):
        raise SystemExit("duplicate snippet names")
    for fname, data in (("tables.json", tables), ("errors.json", errors)):
        with open(os.path.join(OUT, fname), "w") as f:
            json.dump({"python": sys.version.split()[0], "cases": data}, f, indent=None, separators=(",", ":"))
            f.write("\n")
    print("tables: %d, errors: %d" % (len(tables), len(errors)))


if __name__ == "__main__":
    main()
