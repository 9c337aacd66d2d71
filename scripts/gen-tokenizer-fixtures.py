#!/usr/bin/env python3
"""Writes tests/fixtures/compiler/tokenizer.json from CPython 3.11.

tokens: for each source, the token stream of Lib/tokenize without NL and COMMENT,
        columns converted to UTF-8 bytes (what the C tokenizer and the AST use).
errors: for each source whose first error comes from the tokenizer, the fields
        of the SyntaxError that compile() raises (plain and with -W error).
Run: python3 scripts/gen-tokenizer-fixtures.py
"""
import ast, io, json, os, sys, tokenize, warnings

TOKEN_CASES = [
    "x = 1\n", "if x:\n  y\n", "x = (1,\n 2)", "def f():\n    pass\n# c\n\n",
    "a.b(c)[d] ** 2 // 3 >>= 4 <<= 5 != 6 -> 7 := ... @= **= //=\n",
    "x = 1 # comment\ny = 2", "if a:\n\tif b:\n\t\tc\n\td\ne\n",
    "'a' \"b\" '''c\nd''' \"\"\"e\"\"\" b'f' rb'g' Rb'h' bR'i' f'j' rf'k' FR'l' u'm' U'n' br''\n",
    "0 00 0_0 1_000 0x_1F 0o17 0b1_0 1.5 .5 5. 1e10 1E-5 1.5e+3 1j 1.5J .5j 1_0.0_1e1_0j 0e0 0j 00.5\n",
    "é = ß + 𝔘𝔫𝔦 + ｆｏｏ\n", "s = 'é€😀' + x\n", "x = [\n  1,\n\n  # c\n  2,\n]\n",
    "x = 1 + \\\n    2\n", "if x:\n    a = '''\n  b\n'''\n    c\n", "class A:\n  def f(self):\n    return 1\n\n\n  x = 2\n",
    "print(1if x else 2)\n", "x = 'a\\\nb'\n", "x\r\ny\r\n", "x\ry\r", "\x0cx = 1\n", "x = 1\n\x0c\ny = 2\n",
    "if 1:\n  \x0c  a\n  b\n", "lambda: (yield)\n",
    "   \n\n# only\n", "", "\n", "#!/usr/bin/env python\n# -*- coding: utf-8 -*-\nx\n",
    "def f(a, /, b, *, c):\n    return a@b\n", "async def f():\n    await x\n",
    "match x:\n    case [1, *_]:\n        pass\n", "x = {'a': [1, (2, 3)]}\n", "f'{x!r:>{w}}' f\"{{}}\"\n",
    "if x:\n  pass\n  # trailing\n", "x = 1;\n", "1 if 1else 2\n", "0x1for x in y\n",
]

ERROR_CASES = [
    "x)", "(x]", "(x\n]", "x = {1: [2, (3}]\n", "'abc\n", "x = '''abc\n", "x = '''abc\ndef", "\n\nx = 'a\\\nb\n",
    "0777", "1_", "1__0", "0x", "0xg", "0o8", "0o", "0b2", "0b", "1e", "1e+", "1.e", "1a", "0_7", "0_", "012",
    "1jx", "1.5e10abc", "0b1_", "0o7_", "0x_", "1__", "0b12", "0o19", "x = 1.0__1", "x = 1e1_", "1.5_",
    "x€ = 1", "€", "a\u00a0b", "\u00a0", "a\x01b", "a\x0bb", "x = é€ + 1", "😀 = 1", "x = 'é\\\n", "ß = 'é",
    "(" * 201, "print(1\n\n", "foo(\n  x,\n  y\n", "def f():\n  x = (1,\n  2\ny\n", "x = [1,\n2\nfor\n",
    "(1,\n", "foo(\n", "x = \\\n", "x = 1 \\ 2\n", "a\nx = 1 \\ 2\n", "\\\n", "x\\y", "x = 'a'\\",
    "s = 'ab\\\ncd'\nu\\a", "if x:\n        a\n    b\n", "if x:\n\ta\n        b\n", "if x:\n\tpass\n  \tpass\n",
    "if x:\n  \tpass\n\tpass\n", "if x:\n        pass\n\tpass\n", "if x:\n    a\n  b\n",
    "if 1:\n" + "".join(" " * i + "if 1:\n" for i in range(1, 101)) + " " * 101 + "pass\n",
    "1if x else y", "x = 1not in y", "0x1for x in y", "y = 1or 2", "x = [0o7and 1]",
    "é = 'é\nx", "x = \"\"\"\n\n\n", "x = ('''\n)", "x = b'''abc''' + '\n", "if 1:\n        a\n\tb\n", "x = (1,\n  2,\n", "x = (1,\n  2,\n  3\n\n",
]


TYPE_COMMENT_CASES = [
    "x = 1  # type: int\n", "x = 1 #type:int\n", "x = 1  #  type:  List[int]  \n", "import a  # type: ignore\n",
    "import a  # type: ignore[attr]\n", "import a  # type: ignored\n", "import a  # type: ignore-this\n",
    "# type: ignore\nx = 1\n", "def f(a, b):\n    # type: (int, str) -> None\n    pass\n",
    "def f(a,  # type: int\n      b,  # type: str\n      ):\n    # type: (...) -> None\n    pass\n",
    "for x in y:  # type: int\n    pass\n", "with a as b:  # type: int\n    pass\n", "x = 1  # type:\n",
    "x = [1,  # type: ignore\n     2]\n", "x = 1  # typo: int\n", "x = 1  # type: ignore # noqa\n",
]


def type_comments(src):
    try:
        tree = ast.parse(src, type_comments=True)
    except SyntaxError as e:
        return {"error": e.msg}
    comments = sorted(n.type_comment for n in ast.walk(tree) if getattr(n, "type_comment", None))
    return {"comments": comments, "ignores": [[t.lineno, t.tag] for t in tree.type_ignores]}


def char_classes():
    """[cp, XID_Start or _, XID_Continue, printable] for a sample of code points,
    including characters newer than Unicode 14 (which python3.11 does not know)."""
    import random
    rnd = random.Random(3131)
    cps = [0x5F, 0x41, 0x30, 0xB7, 0x2118, 0x212E, 0x309B, 0x1885, 0x20AC, 0xA0, 0x3000, 0x200B, 0xFEFF,
           0x31350, 0x11F00, 0x1E4D0, 0x1F600, 0xE0100, 0x10FFFF, 0xD800, 0xE000]
    cps += rnd.sample(range(0x80, 0x110000), 3000)
    return [[cp, chr(cp).isidentifier(), ("a" + chr(cp)).isidentifier(), chr(cp).isprintable()] for cp in cps]


def tokens(src):
    out = []
    lines = src.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    def bcol(line, col):
        text = lines[line - 1] if line - 1 < len(lines) else ""
        return len(text[:col].encode("utf-8"))
    norm = src.replace("\r\n", "\n").replace("\r", "\n")
    for t in tokenize.generate_tokens(io.StringIO(norm).readline):
        if t.type in (tokenize.NL, tokenize.COMMENT):
            continue
        out.append({
            "type": t.type, "string": t.string,
            "lineno": t.start[0], "col": bcol(t.start[0], t.start[1]),
            "endLineno": t.end[0], "endCol": bcol(t.end[0], t.end[1]),
        })
    return out


TQ = "'" * 3
ERROR_CASES += [
    "x = 1 + \\\n  2 \\ 3\n", "x = " + TQ + "a\nb" + TQ + " \\ 3\n", "x = " + TQ + "a\nb" + TQ + " + (\n",
    "x = " + TQ + "\u00e9\nb" + TQ + " + (\n", "x = (" + TQ + "\\0\u00e9\\\n\\" + TQ + " u" + TQ + "\\u12{" + TQ + ")",
    "s = 'a\\\nb' \\ c\n",
]

EVAL_ERROR_CASES = ["x = 'abc", "1 + \\", "(1,", "f(", "'''abc", "[1,\n2", "0777", "1_", "x)", "'a' 'b", "\\"]


def error(src, werror, mode="exec"):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("error" if werror else "always")
        try:
            compile(src, "<t>", mode)
        except SyntaxError as e:
            return {"kind": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                    "endLineno": e.end_lineno, "endOffset": e.end_offset, "text": e.text}
        return {"ok": True, "warnings": [[x.category.__name__, str(x.message), x.lineno] for x in w]}


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    data = {
        "python": sys.version.split()[0],
        "tokens": [{"source": s, "tokens": tokens(s)} for s in TOKEN_CASES],
        "errors": [{"source": s, "plain": error(s, False), "werror": error(s, True)} for s in ERROR_CASES],
        "charClasses": char_classes(),
        "evalErrors": [{"source": s, "plain": error(s, False, "eval")} for s in EVAL_ERROR_CASES],
        "typeComments": [{"source": s, **type_comments(s)} for s in TYPE_COMMENT_CASES],
    }
    path = os.path.join(root, "tests", "fixtures", "compiler", "tokenizer.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote", path)


main()
