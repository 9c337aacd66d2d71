"""Regenerate tests/fixtures/compiler/ast-expected.json from ast-snippets.txt.

Each case in ast-snippets.txt starts with a line "### name" (optionally
"### name [eval]" or "### name [single]") followed by its source, up to the next
"###" line. A trailing "\\n" is part of the source. Run with CPython 3.11:

    python3 scripts/regen-ast-fixtures.py
"""
import ast
import json
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, "..", "tests", "fixtures", "compiler")

if sys.version_info[:2] != (3, 11):
    sys.exit("regen-ast-fixtures.py needs CPython 3.11")
warnings.simplefilter("ignore")


def cases(text):
    name, mode, lines = None, "exec", []
    for line in text.splitlines(keepends=True):
        if line.startswith("### "):
            if name is not None:
                yield name, mode, "".join(lines)
            head = line[4:].strip()
            mode = "exec"
            for m in ("eval", "single"):
                if head.endswith("[%s]" % m):
                    mode, head = m, head[: -len(m) - 2].strip()
            name, lines = head, []
        else:
            lines.append(line)
    if name is not None:
        yield name, mode, "".join(lines)


out = []
with open(os.path.join(FIX, "ast-snippets.txt"), encoding="utf-8") as f:
    for name, mode, src in cases(f.read()):
        case = {"name": name, "mode": mode, "source": src}
        try:
            tree = ast.parse(src, "<test>", mode)
            case["dump"] = ast.dump(tree, include_attributes=True)
        except SyntaxError as e:
            case["error"] = {
                "kind": type(e).__name__,
                "msg": e.msg,
                "lineno": e.lineno,
                "offset": e.offset,
                "end_lineno": e.end_lineno,
                "end_offset": e.end_offset,
            }
        out.append(case)
with open(os.path.join(FIX, "ast-expected.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write("\n")
print("%d cases" % len(out))
