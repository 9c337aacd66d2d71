"""python3's side of scripts/check-stdlib-symtable.mjs.

Reads file paths (one per line) from stdin and prints one JSON line per file:
  {"path", "ast"?, "table", "warnings"?}  compact symbol table (symbols as [name, flags])
                           and compile()'s SyntaxWarnings
  {"path", "ast"?, "error"}  the SyntaxError compile() raises after ast.parse accepted the file
  {"path", "skip"}           ast.parse itself rejects the file
With --ast, the AST (ast-nodes.ts shape) is included, so our symtable can be
checked without our parser.
"""
import ast
import json
import os
import symtable
import sys
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from symtable_dump import dump_block, error_json, node_json  # noqa: E402

warnings.simplefilter("ignore")
with_ast = "--ast" in sys.argv
sys.setrecursionlimit(10000)
for line in sys.stdin:
    path = line.rstrip("\n")
    if not path:
        continue
    out = {"path": path}
    try:
        with open(path, "rb") as f:
            data = f.read()
        tree = ast.parse(data, filename=path)
    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
        out["skip"] = type(e).__name__
        print(json.dumps(out))
        continue
    if with_ast:
        out["ast"] = node_json(tree)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            code = compile(data, path, "exec")
        warns = [{"message": str(w.message), "lineno": w.lineno} for w in caught if issubclass(w.category, SyntaxWarning)]
        if warns:
            out["warnings"] = warns
        top = symtable.symtable(data, path, "exec")
        out["table"] = dump_block(top, code, compact=True)
    except SyntaxError as e:
        out["error"] = error_json(e)
    print(json.dumps(out, separators=(",", ":"), allow_nan=False))
    sys.stdout.flush()
