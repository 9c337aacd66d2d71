#!/usr/bin/env python3
"""Writes tests/fixtures/compiler/strings.json from CPython 3.11.

numbers: NUMBER token text -> value (int as decimal text, float/complex via repr).
strings: `x = <literals>` statements -> the AST of the right-hand side as JSON
         (with locations), or the SyntaxError, plain and with warnings as errors,
         plus the warnings. F-string fields only hold names or nested strings, so
         tests can use a tiny stand-in for the parser.
names:   a sample of \\N{...} names and non-names with what python3 answers.
Run: python3 scripts/gen-strings-fixtures.py
"""
import ast, json, os, random, subprocess, sys, tempfile, unicodedata, warnings

NUMBERS = ["0", "00", "0_0", "7", "1_000_000", "0x_1F", "0XFF", "0o17", "0O7_7", "0b1_0", "0B11",
           "1.5", ".5", "5.", "1e10", "1E-5", "1.5e+3", "1_0.0_1e1_0", "0e0", "00.5", "1e400", "1e-400",
           "4.9e-324", "1.7976931348623157e308", "0.1", "123456789012345678901234567890",
           "0x" + "f" * 40, "1j", "1.5J", ".5j", "1e10j", "0j", "1_0j", "9" * 4300, "3.14159265358979323846264338327950288"]

STRINGS = [
    '"abc"', "'abc'", '"""a\nb"""', "'''a'''", '""', "''", '""""""', 'u"a"', 'U"a"', 'u"a" "b"', '"a" u"b"',
    'r"\\d"', 'R"a\\"b"', 'b"abc"', 'B"a" b"c"', 'rb"\\x"', 'bR"\\q"', 'br""',
    '"\\n\\t\\r\\\\\\\'\\"\\a\\b\\f\\v\\0\\12\\123\\x41\\u00e9\\U0001F600"', '"a\\\nb"',
    '"\\N{EM DASH}\\N{em dash}\\N{LATIN SMALL LETTER A}\\N{BOM}\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{HANGUL SYLLABLE GAG}"',
    '"\\d"', '"\\é"', '"é\\d"', '"\\777"', '"\\400"', 'b"\\d"', 'b"\\777"', 'b"\\x41\\101\\n"', '"\\08"',
    '"a\\x"', '"é\\x"', '"é\\\\\\x"', '"\\xz1"', '"\\u12"', '"\\U0011ffff"', '"\\U12345678"', '"\\N{foo}"', '"\\N{LATIN"',
    '"\\N"', '"\\N{}"', '"\\Nx"', 'b"\\N{DASH}"', 'b"\\u1234"', 'b"é"', 'rb"é"', 'b"\\x1"', 'b"\\xzz"',
    '("a"\n"\\d" "\\q")', '"a" b"b"', 'b"a" "b"', '"\\x" b"b"', 'b"a" f"b"', '"é" "😀" \'\\u00e9\'',
    'f"abc"', 'f""', 'f"{x}"', 'f"ab{x}cd{y!r:>{w}}"', 'f"ab" "cd{x}" f"{y}"', '("a"\n  f"{x}")',
    "f'''\n{a}\n  {b}'''", "f'{ x }'", "f'''{\nx}'''", "f'{x=}'", "f'{x = }'", "f'{x=!s}'", "f'{x=:>10}'",
    "f'{x=!r:10}'", "'é' f'{x}'", "f'é{x}'", "f'{f\"{y}\"}'", "f'{x!r}' f'{x!s}' f'{x!a}'", "f'{{}}'", "f'{{x}}'",
    "f'a{{b'", "f'{x:}'", "f'{x!r:}'", "f'{x:{y}{z}.{w}}'", "f'{x:a{y}b}'", "u'a' f'{x}'",
    "F'{x}' Rf'{y}\\d' fR'\\{z}'", "f'\\N{EM DASH}{x}'", "f'\\{x}'", "f'\\d{x}'", "f'{x}\\q'", "rf'\\{x}'",
    "f'''{x}\n'''", "f'''ab\n{x}\n'''", "(\n    f'''ab{x}\n''')", "f'''  {\n x}'''", "f'{x}' f'''\n\n {y}'''",
    "f'''\n{x:{y}}'''", "f'{x:{y:{z}}}'", "f'{x!}'", "f'{}'", "f'{ }'", "f'{x!x}'", "f'{x\\n}'", "f'{#}'", "f'{x'",
    "f'}'", "f'{x:{y}'", "f'{x='", "f'{x!r'", "f'{)}'", "f'{x]}'", "f'{x['", "f'{(x}'", "f'{x)}'", "f'{!r}'",
    "f'{:x}'", "f'{=}'", "f'{x:{y!}}'", "f'{x}}'", "f'{{x}'", "f'{x!rx}'", "f'{\"x}'", "f'{x:{{y}'",
    "f'{\"a\"}'",
    "f'{\"\"\"a\"\"\"}'", "f'{x}' b'a'", "'a' f'\\x'", "f'\\x{x}'", "f'{x}\\N{foo}'", "f'\\N{EM DASH'",
    "f'{x:\\d}'", "f'{x:{y}\\q}'", "f'{x}' '\\d' f'\\q'", "'\\d' f'{x}\\q'", "f'{x!r=}'",
]

NAMES = ["EM DASH", "em dash", "Em Dash", "LATIN SMALL LETTER A", "BOM", "NBSP", "VS17", "ZWJ", "LINE FEED",
         "HANGUL SYLLABLE GA", "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE GGWAELH", "HANGUL SYLLABLE", "HANGUL SYLLABLE X",
         "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-4e00", "CJK UNIFIED IDEOGRAPH-9FFF", "CJK UNIFIED IDEOGRAPH-20000",
         "CJK UNIFIED IDEOGRAPH-3400", "CJK UNIFIED IDEOGRAPH-0041", "CJK COMPATIBILITY IDEOGRAPH-F900",
         "NUSHU CHARACTER-1B170", "TANGUT IDEOGRAPH-17000", "LATIN CAPITAL LETTER GHA", "SPACE", " SPACE", "SPACE ",
         "NOT A NAME", "", "LATIN SMALL LETTER A WITH ACUTE", "GREEK SMALL LETTER ALPHA", "SNOWMAN",
         "GRINNING FACE", "HYPHEN-MINUS", "TIBETAN MARK BKA- SHOG GI MGO RGYAN", "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE"]


# Source files as bytes: PEP 263 decoding, then `x = <literal>` (compile(bytes) semantics).
ENCODINGS = [
    b'x = "\xc3\xa9"\n', b'\xef\xbb\xbfx = "\xc3\xa9"\n', b'# -*- coding: latin-1 -*-\nx = "\xe9"\n',
    b'#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\nx = "\xa4"\n', b'# coding: latin1\nx = "\xe9\xff"\n',
    b'#coding:utf8\nx = "\xc3\xa9"\n', b'# coding: cp1252\nx = "\x80"\n', b'# coding: euc-jp\nx = "\xa4\xa2"\n',
    b'#\x0c coding: latin-1\nx = "\xe9"\n', b'# coding: latin-1\r\nx = "\xe9"\r\n', b'  # coding: latin-1\nx = "\xe9"\n',
    b'x = 1 # coding: latin-1\nx = "\xe9"\n', b'\n# coding: latin-1\nx = "\xe9"\n', b'\n\n# coding: latin-1\nx = "\xe9"\n',
    b'# coding: iso_8859_1\nx = "\xe9"\n', b'# coding: Latin-1\nx = "\xe9"\n', b'# coding=utf-8\nx = "\xc3\xa9"\n',
    b'# coding: foobar\nx = 1\n', b'\xef\xbb\xbf# coding: latin-1\nx = 1\n', b'\xef\xbb\xbf# coding: utf-8\nx = "a"\n',
    b'# coding: ascii\nx = "\xe9"\n', b'# coding: ascii\nx = "a"\n',
    b'x = "\xe9"\n', b'x = "\xed\xa0\x80"\n', b'x = "\xe9abc"\n', b'x = r"\xe9abc"\n', b'x = "\xc3\xa9\xe9"\n',
    b'x = "\xe2\x82"\n', b'x = r"\xe2\x82A"\n', b'x = "\xff"\n', b'x = "a" # \xff\n', b'x = "\\n\xe9"\n',
    b'\xff = "a"\n', b'x\xff = "a"\n', b'x = a\xe9b + "a"\n', b'# coding: utf-8\n\xe9 = "a"\n', b'x = 1\ny\xc3 = "a"\n',
]


PIECES = ["a", "Z", " ", "\u00e9", "\U0001F600", "\\n", "\\t", "\\x41", "\\x4", "\\xg1", "\\u00e9", "\\u12",
          "\\U0001F600", "\\U00110000", "\\N{EM DASH}", "\\N{BAD NAME}", "\\N{em dash}", "\\N", "\\d", "\\777",
          "\\0", "\\12", "\\\n", "\\'", '\\"', "\\\\", "\\a", "\\\u00e9", "{x}", "{{", "}}", "{x!r}",
          "{x:>{y}}", "{x=}", "{", "}"]
PREFIXES = ["", "r", "b", "rb", "u", "f", "rf", "B", "R", "F"]


def random_literals(n):
    """Seeded random literals built from escape-heavy pieces (f-string fields hold names only)."""
    rnd = random.Random(3107)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 3)):
            prefix = rnd.choice(PREFIXES)
            quote = rnd.choice(["'", '"', "'" * 3])
            pieces = PIECES
            if "f" in prefix.lower() and "r" in prefix.lower():
                # In a raw f-string "\\N{EM DASH}" is a field the test's stand-in parser cannot parse.
                pieces = [p for p in PIECES if "\\N{" not in p]
            body = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6)))
            if quote == "'" * 3:
                body = body.replace("'", "")
            else:
                body = body.replace("\\\n", "").replace(quote, "")
            parts.append(prefix + quote + body + quote)
        out.append("(" + " ".join(parts) + ")")
    return out


def to_json(node):
    if isinstance(node, ast.AST):
        d = {"_type": type(node).__name__}
        for f in node._fields:
            d[f] = to_json(getattr(node, f))
        for a in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
            if hasattr(node, a):
                d[a] = getattr(node, a)
        return d
    if isinstance(node, list):
        return [to_json(x) for x in node]
    if isinstance(node, bytes):
        return {"bytes": list(node)}
    if isinstance(node, str):
        return {"str": node}
    return node


def outcome(src, werror):
    return outcome_of(lambda: compile(src, "<t>", "exec", ast.PyCF_ONLY_AST), werror)


def outcome_of(do_compile, werror):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("error" if werror else "always")
        try:
            tree = do_compile()
        except SyntaxError as e:
            return {"error": {"kind": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                              "endLineno": e.end_lineno, "endOffset": e.end_offset}}
        return {"node": to_json(tree.body[-1].value),
                "warnings": [[x.category.__name__, str(x.message), x.lineno] for x in w]}


def number(text):
    v = eval(text)
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": repr(v)}
    return {"imag": repr(v.imag)}


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    sys.set_int_max_str_digits(0)
    nums = [{"text": t, "value": number(t)} for t in NUMBERS]
    sys.set_int_max_str_digits(4300)
    strs = []
    for s in STRINGS + random_literals(400):
        src = "x = " + s
        strs.append({"source": src, "plain": outcome(src, False), "werror": outcome(src, True)})
    rnd = random.Random(263)
    names = NAMES + [unicodedata.name(chr(cp)) for cp in rnd.sample(range(0x30000), 3000)
                     if unicodedata.name(chr(cp), None)][:400]
    look = []
    for n in names:
        try:
            v = eval('"\\N{' + n + '}"')
            look.append([n, ord(v)])
        except SyntaxError:
            look.append([n, -1])
    encs = []
    for b in ENCODINGS:
        encs.append({"hex": b.hex(), "plain": outcome_of(lambda: compile(b, "<t>", "exec", ast.PyCF_ONLY_AST), False)})
    scripts = []
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "script.py")
        for b in ENCODINGS + [b'x = 1 # \xe9\n', b'x = 1\r\ny = 2\r\n# \xff\n']:
            with open(path, "wb") as f:
                f.write(b)
            r = subprocess.run([sys.executable, path], capture_output=True)
            last = r.stderr.decode("utf-8", "replace").strip().split("\n")[-1] if r.returncode else ""
            msg = last[len("SyntaxError: "):].replace(path, "<file>") if last.startswith("SyntaxError: ") else ""
            decoding = msg.startswith("Non-UTF-8 code") or msg.startswith("encoding problem")
            scripts.append({"hex": b.hex(), "error": msg if decoding else None})
    data = {"python": sys.version.split()[0], "numbers": nums, "strings": strs, "names": look, "encodings": encs,
            "scripts": scripts}
    path = os.path.join(root, "tests", "fixtures", "compiler", "strings.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote", path)


main()
