# re.error messages, positions, lineno/colno, and the other exceptions of compile.
import re

PATTERNS = [
    "(", ")", "a)", "(a", "((a)", "a**", "a*+*", "a{2}{3}", "*", "+a", "?", "{1}", "^*", "\\b+",
    "[a", "[", "[]", "[^]", "[a-", "[z-a]", "[\\w-z]", "[a-\\d]", "\\", "a\\", "\\q", "\\c",
    "[\\q]", "\\x", "\\x4", "\\xg0", "\\u12", "\\U0001F60", "\\U00110000", "\\N", "\\N{",
    "\\N{EM DASH", "\\N{NOT A NAME}", "\\N{}", "\\400", "[\\400]", "\\8", "\\1", "(a)\\2",
    "(a\\1)", "(?P<a>x)(?P<a>y)", "(?P<>x)", "(?P<a", "(?P<a-b>x)", "(?P=)", "(?P=a",
    "(?P=zz)", "(?Px)", "(?P", "(?", "(?<x)", "(?<", "(?Z)", "(?<=a*)b", "(?<!a|bc)x",
    "(?<=(?P<g>a)(?P=g))x", "(?#abc", "(?i", "(?i-", "(?i-i:a)", "(?-a:x)", "(?au)x",
    "(?z)x", "(?i-z:x)", "(?i-:x)", "(?-", "(?-:x)", "a(?i)b", "(?i)(?m)a", "(?x)a (?i)b",
    "(?t:x)", "(?-t:x)", "(?L)x", "a{4294967295}", "a{1,4294967296}", "(?(1)a|b)",
    "(?(x)a)", "(?(0)a)", "(?(-1)a)", "(?(a)b|c|d)", "(?(1a)x)", "(?(2)a)(b)",
    "abc\n(", "a\nb\nc)", "(?x)\n  a\n  (", "x|*",
]

for p in PATTERNS:
    try:
        re.compile(p)
        print(repr(p), "ok")
    except re.error as e:
        print(repr(p), type(e).__name__, e, "|", repr(e.msg), e.pos, e.lineno, e.colno,
              e.pattern == p)
    except Exception as e:
        print(repr(p), type(e).__name__, e)

for p, flags in [("x", re.L), ("x", re.A | re.U), (b"x", re.U), (b"x", re.A | re.L), (b"(?u)x", 0),
                 ("(?L)x", 0), (b"(?aL)x", 0), (b"[\xe9-\xe0]", 0), (b"\\q\xe9", 0)]:
    try:
        re.compile(p, flags)
        print(repr(p), "ok")
    except Exception as e:
        print(repr(p), type(e).__name__, e)

for args in [(1, "a"), ("a", 1), (b"a", "a"), ("a", b"a"), (re.compile("a"), "a", re.I)]:
    try:
        print(re.search(*args))
    except Exception as e:
        print(type(e).__name__, e)

e = re.error("plain message")
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error("msg", b"ab\ncd", 4)
print(e, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__module__, re.error.__name__)

for pat, repl in [("a", "\\"), ("a", "\\q"), ("a", "\\g"), ("a", "\\g<"), ("a", "\\g<1"),
                  ("a", "\\g<>"), ("a", "\\g<1x>"), ("a", "\\g<x>"), ("a", "\\1"), ("(a)", "\\2"),
                  ("(a)", "\\g<2>"), ("(a)", "\\g<-1>"), ("(a)", "\\400"), ("(a)", "\\g< 1 >"),
                  ("(a)", "x\\n\\t\\\\\\a\\0\\01\\012\\1\\11"), ("(a)", "\\-\\%"), ("(?P<n>a)", "[\\g<n>]")]:
    try:
        print(repr(repl), repr(re.sub(pat, repl, "xay")))
    except Exception as e:
        print(repr(repl), type(e).__name__, e)
try:
    re.compile("(a)").match("a").expand("\\2")
except Exception as e:
    print(type(e).__name__, e)
