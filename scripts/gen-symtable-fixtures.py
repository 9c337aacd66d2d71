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
import tempfile
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from symtable_corpus import ERRORS, TABLES, WARNINGS  # noqa: E402
from symtable_dump import dump_block, error_json, node_json  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "fixtures", "compiler", "symtable")

def options(entry):
    """(name, source[, opts]) -> name, source, compile mode, compile flags, opts."""
    name, src = entry[0], entry[1]
    opts = entry[2] if len(entry) > 2 else {}
    flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT if opts.get("top_level_await") else 0
    return name, src, opts.get("mode", "exec"), flags, opts


def compile_warnings(src, mode, flags):
    """The SyntaxWarnings compile() emits, in order (parser warnings excluded)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(src, "<snippet>", mode, flags)
    return [
        {"message": str(w.message), "lineno": w.lineno}
        for w in caught
        if issubclass(w.category, SyntaxWarning)
    ]


def text_from_file(src, mode, flags):
    """SyntaxError.text when the source is a real file: CPython reads the line back from it."""
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False, encoding="utf-8") as f:
        f.write(src)
    try:
        compile(src, f.name, mode, flags)
    except SyntaxError as e:
        return e.text
    finally:
        os.unlink(f.name)
    raise SystemExit("compile() accepted the file version")


def main():
    os.makedirs(OUT, exist_ok=True)
    warnings.simplefilter("ignore")
    tables = []
    for entry in TABLES:
        name, src, mode, flags, opts = options(entry)
        tree = ast.parse(src, "<snippet>", mode)
        code = compile(src, "<snippet>", mode, flags)
        top = symtable.symtable(src, "<snippet>", mode)
        case = {"name": name, "source": src, "ast": node_json(tree), "table": dump_block(top, code)}
        case.update(opts)
        tables.append(case)
    errors = []
    for entry in ERRORS:
        name, src, mode, flags, opts = options(entry)
        tree = ast.parse(src, "<snippet>", mode)  # must be accepted by the parser
        try:
            compile(src, "<snippet>", mode, flags)
        except SyntaxError as e:
            case = {"name": name, "source": src, "ast": node_json(tree), "error": error_json(e)}
            case["file_text"] = text_from_file(src, mode, flags)
            case.update(opts)
            errors.append(case)
        else:
            raise SystemExit("%s: compile() accepted it; move it to TABLES" % name)
    warns = []
    for entry in WARNINGS:
        name, src, mode, flags, opts = options(entry)
        tree = ast.parse(src, "<snippet>", mode)
        case = {"name": name, "source": src, "ast": node_json(tree), "warnings": compile_warnings(src, mode, flags)}
        case.update(opts)
        warns.append(case)
    names = [e[0] for e in TABLES + ERRORS + WARNINGS]
    if len(set(names)) != len(names):
        raise SystemExit("duplicate snippet names")
    for fname, data in (("tables.json", tables), ("errors.json", errors), ("warnings.json", warns)):
        with open(os.path.join(OUT, fname), "w") as f:
            json.dump({"python": sys.version.split()[0], "cases": data}, f, indent=None, separators=(",", ":"))
            f.write("\n")
    print("tables: %d, errors: %d, warnings: %d" % (len(tables), len(errors), len(warns)))


if __name__ == "__main__":
    main()
