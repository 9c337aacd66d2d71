#!/usr/bin/env python3
"""For each file path on stdin, prints "sha1<TAB>path" of its token stream as
Lib/tokenize sees it, projected onto what heapscope's tokenizer defines the same
way (see tests/unit/compiler/tokenizer.test.ts), or "ERR<TAB>path" if tokenize
fails. Used by scripts/check-stdlib-tokens.mjs; --full prints the projection."""
import hashlib, io, sys, tokenize

full = "--full" in sys.argv


def project(src):
    lines = src.split("\n")
    out = []
    toks = [t for t in tokenize.generate_tokens(io.StringIO(src).readline)
            if t.type not in (tokenize.NL, tokenize.COMMENT)]

    def bcol(line, col):
        return len(lines[line - 1][:col].encode("utf-8", "surrogatepass")) if line - 1 < len(lines) else col

    for i, t in enumerate(toks):
        typ = tokenize.OP if t.type == tokenize.ERRORTOKEN else t.type
        if typ == tokenize.NEWLINE:
            out.append("%d %d %d" % (typ, t.start[0], bcol(t.start[0], t.start[1])))
        elif typ == tokenize.INDENT:
            out.append("%d %d" % (typ, t.start[0]))
        elif typ == tokenize.DEDENT:
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            last = nxt is None or nxt.type in (tokenize.DEDENT, tokenize.ENDMARKER)
            out.append("%d" % typ if last else "%d %d" % (typ, t.start[0]))
        elif typ == tokenize.ENDMARKER:
            out.append("%d" % typ)
        else:
            out.append("%d %s %d %d %d %d" % (typ, t.string.encode("utf-8", "surrogatepass").hex(), t.start[0],
                                             bcol(t.start[0], t.start[1]), t.end[0], bcol(t.end[0], t.end[1])))
    return "\n".join(out) + "\n"


for path in sys.stdin.read().split("\n"):
    if not path:
        continue
    try:
        with open(path, "rb") as f:
            enc, _ = tokenize.detect_encoding(f.readline)
        with open(path, encoding=enc, newline="") as f:
            src = f.read().replace("\r\n", "\n").replace("\r", "\n")
        text = project(src)
    except Exception:
        print("ERR\t" + path)
        continue
    if full:
        print(path)
        print(text, end="")
        print("\0")
    else:
        print(hashlib.sha1(text.encode()).hexdigest() + "\t" + path)
