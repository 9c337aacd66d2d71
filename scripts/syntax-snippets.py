"""Extract the doctest snippets of the local stdlib's test/test_syntax.py and
print, as JSON, what ast.parse() does with each: for scripts/check-stdlib-ast.mjs.
Nothing is copied into the repository; the snippets are read at run time."""
import ast
import json
import os
import re
import sys
import sysconfig
import warnings

warnings.simplefilter("ignore")
path = os.path.join(sysconfig.get_paths()["stdlib"], "test", "test_syntax.py")
lines = open(path, encoding="utf-8").read().split("\n")
out = []
i = 0
while i < len(lines):
    m = re.match(r"^\s*>>> (.*)$", lines[i])
    i += 1
    if not m:
        continue
    code = [m.group(1)]
    while i < len(lines) and re.match(r"^\s*\.\.\.( |$)", lines[i]):
        code.append(re.sub(r"^\s*\.\.\. ?", "", lines[i]))
        i += 1
    src = "\n".join(code) + "\n"
    case = {"source": src}
    try:
        ast.parse(src)
    except SyntaxError as e:
        case["error"] = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
    except (ValueError, RecursionError, MemoryError):
        continue
    out.append(case)
json.dump(out, sys.stdout)
