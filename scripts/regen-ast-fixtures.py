"""Regenerate tests/fixtures/compiler/ast-expected.json from ast-snippets.txt.

Each case in ast-snippets.txt starts with a line "### name" (optionally
"### name [eval]" or "### name [single]") followed by its source, up to the next
"###" line. A trailing "\\n" is part of the source. Run with CPython 3.11:

    python3 scripts/regen-ast-fixtures.py
"""
import ast
import json
import os
import subprocess
import sys
import tempfile
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


def script_stderr(src):
    """What `python3 x.py` prints on stderr for this source."""
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "x.py"), "w", encoding="utf-8", newline="") as f:
            f.write(src)
        r = subprocess.run([sys.executable, "x.py"], cwd=d, capture_output=True, text=True, timeout=10)
        return r.stderr.replace(os.path.join(d, "x.py"), "x.py")


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
            case["stderr"] = script_stderr(src)
        out.append(case)
with open(os.path.join(FIX, "ast-expected.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write("\n")
print("%d cases" % len(out))
