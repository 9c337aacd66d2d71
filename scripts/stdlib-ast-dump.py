"""Dump the AST of many Python files, for scripts/check-stdlib-ast.mjs.

Reads file paths (one per line) from stdin. For each file prints one line:
  OK <tab> path <tab> sha1 of ast.dump(tree, include_attributes=True) (UTF-8) <tab> length
  ERR <tab> path <tab> kind <tab> msg <tab> lineno <tab> offset
With --full, prints the full dump of each file instead of its hash (one line per file).
"""
import ast
import hashlib
import sys
import warnings

warnings.simplefilter("ignore")
full = "--full" in sys.argv
for line in sys.stdin:
    path = line.rstrip("\n")
    if not path:
        continue
    try:
        with open(path, "rb") as f:
            data = f.read()
        tree = ast.parse(data, filename=path)
        text = ast.dump(tree, include_attributes=True)
        if full:
            print("OK\t%s\t%s" % (path, text.encode("unicode_escape").decode("ascii")))
        else:
            enc = text.encode("utf-8", "surrogatepass")
            print("OK\t%s\t%s\t%d" % (path, hashlib.sha1(enc).hexdigest(), len(text)))
    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
        msg = getattr(e, "msg", str(e))
        print("ERR\t%s\t%s\t%s\t%s\t%s" % (path, type(e).__name__, str(msg).replace("\t", " ").replace("\n", " "),
                                          getattr(e, "lineno", ""), getattr(e, "offset", "")))
    sys.stdout.flush()
