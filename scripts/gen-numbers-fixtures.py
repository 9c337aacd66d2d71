#!/usr/bin/env python3
"""Writes tests/fixtures/numbers-text.json: expected values computed
by CPython 3.11 for the number and text unit tests (hashes, arithmetic, float
repr and formatting, int parsing, str methods).

Run with PYTHONHASHSEED=0 (the script re-executes itself so if needed):
    python3 scripts/gen-numbers-fixtures.py
"""
import json
import math
import os
import random
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "numbers-text.json")
rnd = random.Random(20261123)


def enc_int(n):
    """Ints travel as decimal strings (JSON numbers lose precision)."""
    return str(n)


def enc_float(x):
    """Floats travel as their repr, which round-trips exactly."""
    return repr(x)


def outcome(f):
    """Runs f(); returns ['ok', value] or ['err', 'ExcType', 'message']."""
    try:
        return ["ok", f()]
    except Exception as e:  # noqa: BLE001 - we record every error
        return ["err", type(e).__name__, str(e)]


fx = {}

# --- hashing -------------------------------------------------------------------------
strs = ["", "a", "abc", "é", "€", "😀", "hello world", "a" * 7, "a" * 8, "a" * 9, "ÿþ", "日本語", "x😀y", "\x00"]
fx["strHash"] = [[s, enc_int(hash(s))] for s in strs]
fx["bytesHash"] = [[list(s.encode()), enc_int(hash(s.encode()))] for s in strs]
ints = [0, 1, -1, -2, 2**53, 2**61 - 1, 2**61, -2**61, 2**64, -2**64, 10**30, -10**30, 2**200 + 12345]
fx["intHash"] = [[enc_int(n), enc_int(hash(n))] for n in ints]
floats = [0.0, -0.0, 0.5, -1.5, 3.14, 1e300, -1e-300, 2.0**60, 1e22, float("inf"), float("-inf"), 5e-324, 1.7976931348623157e308]
fx["floatHash"] = [[enc_float(x), enc_int(hash(x))] for x in floats]
cpx = [(1.0, 2.0), (0.0, 1.0), (-1.5, 2.25), (1e300, -1e300)]
fx["complexHash"] = [[enc_float(a), enc_float(b), enc_int(hash(complex(a, b)))] for a, b in cpx]


# --- generic value encoding for the differential cases --------------------------------
def enc(v):
    """A Python value as JSON the TS test can rebuild."""
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        return {"i": str(v)}
    if isinstance(v, float):
        return {"f": repr(v)}
    if isinstance(v, complex):
        return {"c": [repr(v.real), repr(v.imag)]}
    if isinstance(v, str):
        return {"s": v}
    if isinstance(v, bytes):
        return {"b": list(v)}
    if isinstance(v, bytearray):
        return {"ba": list(v)}
    if v is None:
        return {"n": None}
    if isinstance(v, tuple):
        return {"t": [enc(x) for x in v]}
    if isinstance(v, list):
        return {"l": [enc(x) for x in v]}
    if isinstance(v, dict):
        return {"d": [[enc(k), enc(x)] for k, x in v.items()]}
    if isinstance(v, slice):
        return {"slice": [enc(v.start), enc(v.stop), enc(v.step)]}
    if isinstance(v, type):
        return {"type": v.__name__}
    raise TypeError(type(v))


def run(f):
    try:
        return ["ok", repr(f())]
    except Exception as e:  # noqa: BLE001
        return ["err", type(e).__name__, str(e)]


def rand_int():
    k = rnd.choice([1, 2, 3, 5, 8, 16, 31, 32, 33, 52, 53, 54, 63, 64, 65, 100, 200])
    v = rnd.getrandbits(k)
    return -v if rnd.random() < 0.4 else v


def rand_float():
    r = rnd.random()
    if r < 0.15:
        return rnd.choice([0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 1e300, -1e-300, float("inf"), float("-inf"), float("nan"), 5e-324, 1e16, 1e22, 0.1, 3.0])
    if r < 0.5:
        return rnd.uniform(-1000, 1000)
    if r < 0.7:
        return float(rand_int())
    return struct_float()


def struct_float():
    import struct
    while True:
        x = struct.unpack("<d", rnd.getrandbits(64).to_bytes(8, "little"))[0]
        if x == x:
            return x


BINOPS = ["+", "-", "*", "//", "%", "/", "**", "&", "|", "^", "<<", ">>", "<", "<=", "==", "!=", ">", ">=", "divmod"]


def binop(op, a, b):
    if op == "divmod":
        return divmod(a, b)
    return eval("a " + op + " b", {"a": a, "b": b})


cases = []
for _ in range(500):
    a, b = rand_int(), rand_int()
    op = rnd.choice(BINOPS)
    if op == "**":
        b = rnd.randint(-4, 40)
    if op in ("<<", ">>"):
        b = rnd.randint(-2, 80)
    cases.append([op, enc(a), enc(b), run(lambda: binop(op, a, b))])
for a, b in [(7, -2), (-7, 2), (-7, -2), (10**30, 7), (-(10**30), 7), (1, 0), (0, 0), (2**53, 1), (-(2**53), -1), (3, -1), (10**400, 3), (10**400, 10**399), (1, 10**400), (2**1100, 3), (1, 2**1100), (2**-1 if False else 1, 3), (6, 4), (255, 2**60)]:
    for op in ["//", "%", "/", "divmod", "**" if abs(b) < 100 else "+"]:
        cases.append([op, enc(a), enc(b), run(lambda: binop(op, a, b))])
for _ in range(400):
    op = rnd.choice(["+", "-", "*", "/", "//", "%", "**", "<", "==", ">=", "divmod"])
    a = rand_float()
    b = rand_float() if rnd.random() < 0.7 else rand_int()
    if rnd.random() < 0.3:
        a, b = b, a
    if op == "**" and rnd.random() < 0.5:
        b = rnd.choice([0.5, 2, 3, -1, -2, 0.0, 1 / 3, 2.5, float("inf"), float("nan")])
    cases.append([op, enc(a), enc(b), run(lambda: binop(op, a, b))])
for a, b in [(True, True), (True, False), (True, 1), (2, True)]:
    for op in ["&", "|", "^", "+"]:
        cases.append([op, enc(a), enc(b), run(lambda: binop(op, a, b))])
for a, b in [(1 + 2j, 3 - 4j), (1j, 1j), (2, 1j), (1.5, 2 + 0j), (-8.0, 1 / 3), (0j, -1), (1 + 1j, 0j), (2 + 3j, 2), (1e308 + 1e308j, 10)]:
    for op in ["+", "-", "*", "/", "**", "==", "!="]:
        cases.append([op, enc(a), enc(b), run(lambda: binop(op, a, b))])
fx["binary"] = cases

unary = []
for v in [0, 1, -1, 2**70, -(2**70), True, False, 1.5, -0.0, float("nan"), 1 + 2j, -0.0 - 0j]:
    for op in ["-", "+", "~", "abs"]:
        if op == "~" and not isinstance(v, int):
            continue
        unary.append([op, enc(v), run(lambda: eval(op + "(v)" if op == "abs" else op + " v", {"v": v}))])
fx["unary"] = unary

fx["powmod"] = [[enc(a), enc(b), enc(m), run(lambda: pow(a, b, m))] for a, b, m in [(2, 10, 1000), (2, -1, 5), (2, -1, 4), (3, 200, 10**9 + 7), (-3, 3, 5), (3, 3, -5), (5, 2, 0), (2, 3, 1), (10**30, 10**20, 97), (2.0, 2, 3)]]

reprs = []
for _ in range(300):
    x = rand_float()
    reprs.append([enc(x), repr(x), str(x)])
for x in [1e16, 1e15, 123456789012345678.0, 0.0001, 0.00001, 1e-7, 1.5e300, 2.0**-1074, 9007199254740993.0, 0.1 + 0.2, 100.0, 1e22, 1e21]:
    reprs.append([enc(x), repr(x), str(x)])
for c in [1 + 2j, 1j, -1j, complex(-0.0, -1), complex(0.0, -0.0), complex(1.5, float("nan")), complex(float("inf"), 1), 1e20 + 1j, complex(-0.0, 0.0), 3 + 0j]:
    reprs.append([enc(c), repr(c), str(c)])
for v in [0, -1, 10**40, True, False, "a'b", 'a"b', "a'b\"c", "\\\n\t\r\x00\x7f\x80\xa0\xad", "é€😀", "\u2028\ud800", "\U000e0001", b"a'\x00\xff", b'"', bytearray(b"x")]:
    reprs.append([enc(v), repr(v), str(v) if not isinstance(v, (bytes, bytearray)) else repr(v)])
fx["repr"] = reprs

int_specs = ["d", "x", "X", "o", "b", "c", "n", ",", "_", ",d", "_x", "#x", "#o", "#b", "#X", "+d", " d", "-d", "08d", "<8", ">8", "^8", "*^9", "=+8", "010,d", "012_x", "#012_b", "e", ".2f", "%", "g", ".3", "s", "z", ".1d", "x,", "+c", "#c", ",_", "q", "0=10", ""]
fmt = []
for v in [0, 1, -1, 42, -255, 97, 1234567, -(10**20), 2**64, True]:
    for sp in int_specs:
        fmt.append([enc(v), sp, run(lambda: format(v, sp))])
float_specs = ["", "f", ".2f", ".0f", "#.0f", "e", ".3e", "E", "g", ".3g", "#g", "G", "%", ".1%", ",", ",.2f", "_.3f", "+.1f", " g", "010.2f", "0=12,.1f", "x<12.3", "^12", ".3", ".0", "z.1f", "z", "n", ".17g", ".20f", "#.3g", "d", "s", "08.3e", ",g"]
for v in [0.0, -0.0, 1.0, 1.5, 2.5, -2.5, 0.125, 1234567.891, 1e16, 1e-5, 123.456, 100.0, 1e100, 5e-324, float("inf"), float("-inf"), float("nan"), -0.0001, 0.5, 9.995]:
    for sp in float_specs:
        fmt.append([enc(v), sp, run(lambda: format(v, sp))])
for v in ["", "abc", "é€😀"]:
    for sp in ["", "s", "5", "<5", ">5", "^6", "x^7", ".2", "10.1", "d", "+", ",", "=5", "#", "z", "05"]:
        fmt.append([enc(v), sp, run(lambda: format(v, sp))])
for v in [1 + 2j, -1.5 - 0.5j, 1j, complex(0.0, -0.0), complex(-0.0, 1)]:
    for sp in ["", ".2", "g", ".1f", "e", ">15", "+", "=10", "010", "n", "d", "^20.3f"]:
        fmt.append([enc(v), sp, run(lambda: format(v, sp))])
for _ in range(400):
    x = rand_float()
    sp = rnd.choice(["", "+", " ", "#", "0", "z"]) + rnd.choice(["", "12", "020", "<15", "^22"]) + rnd.choice(["", ",", "_"]) + rnd.choice(["", "." + str(rnd.randint(0, 25))]) + rnd.choice(["", "e", "E", "f", "F", "g", "G", "%", "n"])
    fmt.append([enc(x), sp, run(lambda: format(x, sp))])
for _ in range(150):
    v = rand_int()
    sp = rnd.choice(["", "+", " ", "#"]) + rnd.choice(["", "12", "020", ">30"]) + rnd.choice(["", ",", "_"]) + rnd.choice(["", "d", "x", "X", "o", "b", "e", ".3f", "%"])
    fmt.append([enc(v), sp, run(lambda: format(v, sp))])
fx["format"] = fmt

parse = []
for t, base in [("0", 10), ("-12", 10), (" +42 ", 10), ("1_000", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("0x1f", 16), ("1F", 16), ("0x_1f", 0), ("0o17", 0), ("0b101", 0), ("08", 0), ("00", 0), ("0_0", 0), ("x", 10), ("", 10), (" ", 10), ("12", 2), ("z", 36), ("Zz", 36), ("12", 1), ("12", 37), ("١٢٣", 10), ("\u00a012\u2003", 10), ("9" * 30, 10), ("f" * 30, 16), ("7" * 40, 8), ("1" * 4301, 10), ("1" * 4301, 16), ("a" * 20, 11), ("0b", 0), ("-0", 10), ("- 1", 10), ("+-1", 10), ("12" + "\u0663", 10), ("1e5", 10), ("0X1F", 0), ("0x", 16)]:
    parse.append([t, base, run(lambda: int(t, base))])
fx["intParse"] = parse
fp = []
for t in ["1.5", " -2.5e3 ", "1_0.5", "1__0", "inf", "-Infinity", "nAn", "1e", ".5", "5.", ".", "", "1e1_0", "0x10", "١٢٣.٥", "+1.5E-3", "1.7976931348623159e308", "4.9e-324", "2.4703282292062328e-324", "12345678901234567890", "0.1", "  0.1\n", "1_000.000_1", "in f", "-0"]:
    fp.append([t, run(lambda: float(t))])
fx["floatParse"] = fp
fx["floatHex"] = [[enc(x), run(lambda: x.hex())] for x in [0.0, -0.0, 1.0, 0.1, 1.5, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float("inf"), -123.456]]
fx["floatFromHex"] = [[t, run(lambda: float.fromhex(t))] for t in ["0x1.8p1", "-0X1P-1074", "1p2000", "0x1.fffffffffffff8p1023", "0x.8", "ff", "0x1.00000000000008p0", "0x1.00000000000018p0", "zz", " 0x1p-1075 ", "0x3p-1076", "inf", "-nan"]]
rounds = []
for x, n in [(2.5, None), (3.5, None), (-2.5, None), (0.5, None), (2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (1234.5, -1), (1250.0, -2), (1e300, -300), (5e-324, 400), (1.5, -400), (float("inf"), 2), (float("nan"), None), (float("inf"), None), (123.456, 1), (-0.5, None), (1e16 + 2, -1), (2.5, 0), (1e-320, 323)]:
    rounds.append([enc(x), None if n is None else n, run(lambda: round(x, n) if n is not None else round(x))])
for v, n in [(1234, -2), (1250, -2), (1350, -2), (-1250, -2), (15, -1), (25, -1), (10**30 + 5 * 10**10, -11), (5, 2), (7, None)]:
    rounds.append([enc(v), n, run(lambda: round(v, n) if n is not None else round(v))])
fx["round"] = rounds


# --- str and bytes methods: [receiver, method, args, kwargs, outcome] ---------------------
S = ["", "abc", "  Hello World  ", "a,b,,c", "aXbXc", "é€😀x", "line1\nline2\r\nline3\r", "ǅungla ǆ", "ß straße ΣΑΣ", "١٢٣", "hello_World1", "\t a\tb\n", "The quick brown fox", "x" * 5, "12", "-42", "AbC dEf"]
calls = []


def mc(recv, name, *args, **kw):
    calls.append([enc(recv), name, [enc(x) for x in args], [[k, enc(v)] for k, v in kw.items()], run(lambda: getattr(recv, name)(*args, **kw))])


for s in S:
    for m in ["upper", "lower", "casefold", "title", "capitalize", "swapcase", "isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isprintable", "isidentifier", "islower", "isupper", "istitle", "isascii", "split", "rsplit", "splitlines", "strip", "lstrip", "rstrip", "expandtabs", "__len__", "encode"]:
        mc(s, m)
    mc(s, "split", ",")
    mc(s, "split", None, 1)
    mc(s, "rsplit", None, 1)
    mc(s, "rsplit", "X", 1)
    mc(s, "split", sep="X", maxsplit=1)
    mc(s, "splitlines", True)
    mc(s, "strip", " a")
    mc(s, "find", "l")
    mc(s, "rfind", "l")
    mc(s, "find", "", 3)
    mc(s, "find", "b", 1, -1)
    mc(s, "index", "o")
    mc(s, "count", "l")
    mc(s, "count", "")
    mc(s, "count", "", 2, 1)
    mc(s, "startswith", "a")
    mc(s, "startswith", ("x", " "))
    mc(s, "endswith", "c", 0, 3)
    mc(s, "endswith", "", 99)
    mc(s, "replace", "l", "L")
    mc(s, "replace", "", "-", 3)
    mc(s, "partition", "X")
    mc(s, "rpartition", "X")
    mc(s, "center", 9, "*")
    mc(s, "center", 10)
    mc(s, "ljust", 8)
    mc(s, "rjust", 8, "0")
    mc(s, "zfill", 6)
    mc(s, "expandtabs", 4)
    mc(s, "removeprefix", "a")
    mc(s, "removesuffix", "c")
    mc(s, "encode", "ascii", "replace")
    mc(s, "encode", "latin-1", "backslashreplace")
    mc(s, "encode", "ascii")
    mc(s, "encode", "latin-1", "xmlcharrefreplace")
    mc(s, "__getitem__", 1)
    mc(s, "__getitem__", -1)
    mc(s, "__getitem__", slice(None, None, -1))
    mc(s, "__getitem__", slice(1, None, 2))
    mc(s, "__contains__", "l")
    mc(s, "__mul__", 2)
    mc(s, "__add__", "!")
    mc(s, "__lt__", "abd")
    mc(s, "join", ["1", "2", "3"])
    mc(s, "__getitem__", 99)
for args in [(1,), ("",), ("a", 1)]:
    mc("abc", "split", *args)
mc("abc", "find", 1)
mc("abc", "strip", 1)
mc("abc", "replace", 1, "")
mc("abc", "startswith", 1)
mc("abc", "endswith", (1,))
mc("", "join", [1])
mc("", "join", 1)
mc("abc", "center", 5, "ab")
mc("abc", "center", "a")
mc("abc", "index", "z")
mc("abc", "partition", "")
mc("abc", "encode", "foo")
mc("é", "encode", "ascii")
mc("éé", "encode", "ascii")
mc("a\udc80", "encode")
mc("a\udc80", "encode", "utf-8", "surrogateescape")
mc("abc", "removeprefix", 1)
mc("abc", "upper", 1)
mc("abc", "find", "a", x=1)
mc("abc", "translate", {97: "X", 98: None, 99: 100})
mc(str, "maketrans", "ab", "xy", "c")
mc(str, "maketrans", {"a": 1, 2: "b"})
mc(str, "maketrans", "ab", "c")
mc("a😀b😀", "find", "b")
mc("a😀b😀", "index", "😀", 2)
mc("a😀b😀", "count", "😀")
mc("😀" * 3, "__getitem__", slice(1, 3))
mc("a\U0001F600", "__lt__", "a\uffff")
mc("x", "__mul__", -1)
mc("x", "__add__", 1)
mc("a", "__contains__", 1)
mc("abc", "__getitem__", 1.5)
ALPHABET = "ab AZ\t\n\r\x0b\x1c\x85\xa0é ÿĀ€ǅΣσς\u2028\u3000日本😀𝔘\U0001F600İıßﬁ١٢_-.,0"


def rand_str():
    return "".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 12)))


for _ in range(250):
    s = rand_str()
    m = rnd.choice(["split", "rsplit", "strip", "lstrip", "rstrip", "upper", "lower", "title", "swapcase", "casefold", "capitalize",
                    "isalpha", "isspace", "isprintable", "isidentifier", "istitle", "islower", "isupper", "isalnum", "isnumeric",
                    "splitlines", "__repr__", "__len__", "expandtabs", "encode"])
    mc(s, m)
    sub = rnd.choice(["", "a", "é", "😀", " ", "Σ", s[1:3]])
    m2 = rnd.choice(["find", "rfind", "count", "replace", "partition", "rpartition", "split", "startswith", "endswith", "__contains__", "center", "__getitem__"])
    if m2 == "replace":
        mc(s, m2, sub, "<>")
    elif m2 in ("partition", "rpartition", "split") and sub == "":
        mc(s, m2, "a")
    elif m2 == "center":
        mc(s, m2, rnd.randint(0, 20), rnd.choice(["*", "é", "😀"]))
    elif m2 == "__getitem__":
        mc(s, m2, slice(rnd.randint(-5, 5), rnd.choice([None, rnd.randint(-5, 8)]), rnd.choice([None, 1, 2, -1, -3])))
    elif m2 in ("find", "rfind", "count", "startswith", "endswith") and rnd.random() < 0.5:
        mc(s, m2, sub, rnd.randint(-4, 6), rnd.randint(-4, 12))
    else:
        mc(s, m2, sub)
    mc(s, "encode", rnd.choice(["utf-8", "latin-1", "ascii"]), rnd.choice(["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"]))
fx["strCalls"] = calls

calls = []
B = [b"", b"abc", b"  Hi There  ", b"a,b,,c", b"\x00\xff\x80", b"line1\nline2\r\nx", b"hello world"]
for s in B + [bytearray(b"xyz"), bytearray(b"a b")]:
    for m in ["upper", "lower", "title", "capitalize", "swapcase", "isalpha", "isdigit", "isalnum", "isspace", "islower", "isupper", "istitle", "isascii", "split", "splitlines", "strip", "hex", "decode", "__len__"]:
        mc(s, m)
    mc(s, "split", b",")
    mc(s, "rsplit", None, 1)
    mc(s, "find", b"l")
    mc(s, "find", 108)
    mc(s, "count", b"")
    mc(s, "replace", b"l", b"LL")
    mc(s, "startswith", (b"x", b"a"))
    mc(s, "partition", b" ")
    mc(s, "center", 9, b"*")
    mc(s, "zfill", 5)
    mc(s, "hex", ":", 2)
    mc(s, "decode", "latin-1")
    mc(s, "decode", "ascii", "replace")
    mc(s, "decode", "utf-8", "backslashreplace")
    mc(s, "__getitem__", 1)
    mc(s, "__getitem__", slice(None, None, -1))
    mc(s, "__contains__", 97)
    mc(s, "__contains__", b"b")
    mc(s, "__add__", b"!")
    mc(s, "__mul__", 2)
    mc(s, "join", [b"1", bytearray(b"2")])
    mc(s, "__eq__", b"abc")
    mc(s, "__lt__", b"abd")
for data in [b"\xff", b"\xe2\x82", b"\xe2\x82A", b"\xe2A", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"a\xc3\xa9\xf0\x9f\x98\x80", b"\xc0\xaf", b"\x80abc\x80"]:
    mc(data, "decode")
    mc(data, "decode", "utf-8", "replace")
    mc(data, "decode", "utf-8", "surrogateescape")
    mc(data, "decode", "ascii")
mc(bytes, "fromhex", "0g")
mc(bytes, "fromhex", " 01 ff\tAB")
mc(b"a", "find", "a")
mc(b"a b", "split", " ")
mc(b"a", "__contains__", 300)
mc(b"a", "__getitem__", 5)
mc(b"a", "__add__", "a")
for st, enc_, err in [("a😀", "utf-16", "strict"), ("a😀", "utf-16-be", "strict"), ("a😀", "utf-32", "strict"), ("a😀", "utf-32-be", "strict"),
                      ("a\udc80b", "utf-16", "strict"), ("a\udc80\udc81b", "utf-16-le", "replace"), ("a\udc80", "utf-32", "backslashreplace"),
                      ("x", "UTF16", "strict"), ("", "utf-16", "strict"), ("é€", "utf_32_le", "strict"), ("a\udc80", "utf-16", "surrogatepass")]:
    mc(st, "encode", enc_, err)
for data, enc_, err in [(b"a", "utf-16", "strict"), (b"\xfe\xff\x00a", "utf-16", "strict"), (b"\xff\xfea\x00", "utf-16", "strict"),
                        (b"\x00\xd8a\x00", "utf-16-le", "strict"), (b"\x00\xd8", "utf-16-le", "strict"), (b"\x00\xdca\x00", "utf-16-le", "strict"),
                        (b"\x00\xd8a\x00", "utf-16-le", "replace"), (b"\x00\x00\x11\x00", "utf-32-le", "strict"), (b"\x00\xd8\x00\x00", "utf-32-le", "strict"),
                        (b"a\x00\x00", "utf-32-le", "strict"), (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32", "strict"), (b"\x00\x00\x00a", "utf-32-be", "strict"),
                        (b"\x00\x00\x11\x00a\x00\x00\x00", "utf-32-le", "replace"), (b"ab", "utf_16", "strict"), (b"\x00a\x00b", "utf-16be", "strict"),
                        (b"\xff\xfe", "utf-16", "strict"), (b"", "utf-16", "strict"), (b"a\x00\x00\xd8", "utf-16", "strict"), (b"\x00\xd8\x00\xd8", "utf-16-le", "strict"),
                        (b"\x00\xd8\x00\xd8", "utf-16-le", "ignore"), (b"\x00\xdc", "utf-16-le", "backslashreplace"), (b"\xe9", "latin_1", "strict")]:
    mc(data, "decode", enc_, err)
fx["bytesCalls"] = calls

pct = []
for f, a in [("%s %s", (1,)), ("%s", (1, 2)), ("%d", "a"), ("%c", "ab"), ("%(a)s %s", {"a": 1}), ("%(a)s", 1), ("%z", 1), ("%", ()), ("%.*f", (2, 1.5)), ("%*d", ("a", 1)), ("%x", 1.5), ("%i", 1.5), ("%r %a", ("é", "é")), ("%-5d|%05.1f|%+d|% d|%#x|%#o|%e|%g|%G|%%", (1, 2.25, 3, 4, 255, 8, 1.5, 1e20, 1e-20)), ("%c", 1114112), ("%5.2s|", "abc"), ("%s", [1]), ("%(a)s", {"b": 1}), ("%d", 10**30), ("%o", -8), ("%.3d", 5), ("%x", True), ("%s", (1,)), ("%(x)r %(y)05d", {"x": "q", "y": -3}), ("%-*d|", (6, 42)), ("%.2f%%", 99.567), ("%10.4e", -0.000123), ("%#.0f %#g", (2.0, 1.0)), ("%c%c", (65, "é")), ("%s", {"a": 1}), ("no args", ()), ("%3c|", 66), ("%X %#X", (255, 255)), ("%.0f %.0f", (0.5, 1.5)), ("%u", -3), ("%ld", 5), ("%s", "x")]:
    pct.append([f, enc(a), run(lambda: f % a)])
for f, a in [(b"%s %b %c %d", (b"x", b"y", 65, 3)), (b"%s", "a"), (b"%c", 256), (b"%r", "é"), (b"%5s|%-4b|", (b"ab", bytearray(b"c"))), (b"%x %05.2f", (255, 1.5)), (b"%(k)s", {b"k": b"v"})]:
    pct.append([enc(f), enc(a), run(lambda: f % a)])
fx["percent"] = pct


fmts = []
for f, a, k in [("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}), ("{", (), {}), ("}", (), {}), ("{0!x}", (1,), {}), ("{0:{1}}", (1, "x"), {}), ("{0[1]}", ([1],), {}), ("{1}", (1,), {}), ("{a}", (), {}), ("{0:{1:{2}}}", (1, 2, 3), {}), ("{!r}", ("a",), {}), ("{0.}", (1,), {}), ("{0[}", (1,), {}), ("{0!}", (1,), {}), ("{0!rr}", (1,), {}), ("{:}}", (1,), {}), ("{} {} {}", (1, "a", 2.5), {}), ("{0:>{1}}|{0:<{w}}|", ("ab", 5), {"w": 4}), ("{x[0]}{x[1]:03d}", (), {"x": [7, 8]}), ("{:,.2f} {:_x} {:#b} {:e}", (1234567.891, 65535, 5, 0.5), {}), ("{{}} {{{0}}}", (9,), {}), ("{!a} {!s:>4}", ("é", 1), {}), ("{0} {0!r:^9}", ("s",), {}), ("{d[key]} {d[0]}", (), {"d": {"key": 1, "0": 2}}), ("{:%}", (0.25,), {}), ("{:z.1f}", (-0.01,), {}), ("{0:{1}{2}}", (3.14159, ".", "2f"), {}), ("{:c}", (9731,), {}), ("{:s}", (1,), {}), ("{a.b}", (), {"a": 1}), ("{0:d}", ("x",), {}), ("{:>10}", (None,), {}), ("{:x}", (None,), {})]:
    fmts.append([f, [enc(x) for x in a], [[kk, enc(v)] for kk, v in k.items()], run(lambda: f.format(*a, **k))])
fx["strFormat"] = fmts
fx["formatMap"] = [[f, enc(m), run(lambda: f.format_map(m))] for f, m in [("{a}-{b}", {"a": 1, "b": "x"}), ("{}", {}), ("{a}", {}), ("{a[0]}", {"a": (5,)})]]


calls = []
for v in [0, 1, -1, 255, -256, 2**64, -(2**64) + 1, True]:
    mc(v, "bit_length")
    mc(v, "bit_count")
    mc(v, "to_bytes", 9, "little")
    mc(v, "to_bytes", 9, "big", signed=True)
    mc(v, "to_bytes")
    mc(v, "as_integer_ratio")
    mc(v, "__round__", -1)
    mc(v, "__index__")
    mc(v, "__float__")
    mc(v, "__bool__")
    mc(v, "conjugate")
    mc(v, "__sizeof__")
    mc(v, "__format__", "^+9,")
mc(int, "from_bytes", b"\x01\x00", "little")
mc(int, "from_bytes", b"\xff\xff", "big", signed=True)
mc(int, "from_bytes", [1, 2, 3], "big")
mc(int, "from_bytes", b"\x01", "middle")
mc(5, "to_bytes", 0)
mc(-1, "to_bytes", 1, "big")
mc(300, "to_bytes", 1, "big")
mc(5, "to_bytes", -1, "big")
for x in [0.0, -0.0, 1.5, -2.75, 1e300, 0.1, float("inf"), float("nan"), 3.0]:
    mc(x, "is_integer")
    mc(x, "as_integer_ratio")
    mc(x, "__trunc__")
    mc(x, "__floor__")
    mc(x, "__ceil__")
    mc(x, "__int__")
    mc(x, "conjugate")
    mc(x, "__bool__")
for c in [1 + 2j, -0.0j]:
    mc(c, "conjugate")
    mc(c, "__abs__")
    mc(c, "__bool__")
fx["numberCalls"] = calls

ctor = []


def cc(tname, *args, **kw):
    t = {"int": int, "float": float, "complex": complex, "str": str, "bytes": bytes, "bytearray": bytearray, "bool": bool}[tname]
    ctor.append([tname, [enc(x) for x in args], [[k, enc(v)] for k, v in kw.items()], run(lambda: t(*args, **kw))])


cc("int")
cc("int", 1.9)
cc("int", -1e20)
cc("int", "  12  ")
cc("int", b"12")
cc("int", bytearray(b" -7 "))
cc("int", "ff", 16)
cc("int", "ff", base=16)
cc("int", 5, 10)
cc("int", base=10)
cc("int", [1])
cc("int", float("inf"))
cc("int", "0x10", 0)
cc("int", True)
cc("float")
cc("float", b"1.5")
cc("float", "x")
cc("float", 10**400)
cc("float", 7)
cc("float", [1])
cc("float", x=1)
cc("complex", 1, 2)
cc("complex", 1 + 2j, 3 + 4j)
cc("complex", "1+2j", 1)
cc("complex", 1, "2")
cc("complex", [1])
cc("str")
cc("str", 12)
cc("str", b"abc")
cc("str", b"abc", "utf-8")
cc("str", b"\xe9", "latin-1")
cc("str", b"\xe9", errors="replace")
cc("str", "x", "utf-8")
cc("str", 1.5)
cc("bytes")
cc("bytes", 3)
cc("bytes", [1, 2, 255])
cc("bytes", [256])
cc("bytes", -1)
cc("bytes", "a")
cc("bytes", "é", "utf-8")
cc("bytes", 1.5)
cc("bytes", bytearray(b"xy"))
cc("bytearray", 2)
cc("bytearray", "é", "latin-1")
cc("bytearray", b"abc")
cc("bool", 0)
cc("bool", "x")
cc("bool", 1, 2)
fx["ctorCalls"] = ctor

import sys as _sys
sizes = []
for v in [0, 1, -1, 2**30 - 1, 2**30, 2**60, 2**100, -(2**100), True, 1.5, 1j, "", "a", "abc", "a" * 100, "é", "é" * 100, "€", "€" * 100, "😀", "😀" * 100, "a😀", b"", b"abc", bytearray(), bytearray(b"abc")]:
    sizes.append([enc(v), _sys.getsizeof(v), type(v).__sizeof__(v)])
fx["sizes"] = sizes
ba = bytearray()
growth = []
for i in range(41):
    growth.append(_sys.getsizeof(ba))
    ba.append(i)
fx["bytearrayGrowth"] = growth

with open(OUT, "w") as f:
    f.write("{\n")
    f.write(",\n".join(json.dumps(k) + ": " + json.dumps(v) for k, v in fx.items()))
    f.write("\n}\n")
print("wrote", os.path.relpath(OUT))
