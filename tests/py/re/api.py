# The Pattern and Match API: attributes, methods, pos/endpos, reprs.
import re
import copy
import sys

p = re.compile(r"(?P<word>\w+)(?:-(?P<num>\d+))?( ?)")
print(p, p.pattern, p.flags, p.groups, p.groupindex, type(p.groupindex).__name__)
print(re.compile("a", re.I | re.M | re.S | re.X), re.compile("a", re.A), re.compile(b"a", re.L | re.I))
print(re.compile("a", re.U), re.compile("(?x)a"), re.compile("a", 0x200 | re.I), re.compile(b"a"))
print(repr(re.compile("x" * 300))[-20:], len(repr(re.compile("x" * 300))))
m = p.search("  abc-12 de")
print(m, bool(m), type(m).__name__, type(m).__module__, type(p).__module__)
print(m.group(), m.group(0), m.group(1), m.group("word"), m.group("num", 2, 0), m[1], m["num"])
print(m.groups(), m.groupdict(), m.start(), m.end(), m.span(), m.start(2), m.end("num"), m.span("word"))
print(m.pos, m.endpos, m.re is p, m.string, m.lastindex, m.lastgroup, m.regs)
m2 = p.search("xyz")
print(m2.groups(), m2.groups("-"), m2.groupdict(), m2.groupdict(0), m2.span(2), m2.start("num"), m2.group(2))
for bad in [5, -1, "nope", 1.5, None]:
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
try:
    m.start(9)
except IndexError as e:
    print("IndexError", e)
print(m.expand(r"<\g<word>|\2|\g<0>|\1>"), m2.expand(r"[\2]"))
print(p.match("abc"), p.match("!abc"), p.match("!abc", 1), p.fullmatch("abc"), p.fullmatch("abc "))
print(p.search("abc def", 2), p.search("abc def", 2, 3), p.search("abc", 5), p.search("abc", -10, 100))
print(p.search("abc", 2, 1), p.search(string="abc", pos=1), p.match("abcdef", endpos=2))
print(p.findall("ab-1 cd ef-22"), p.findall("ab cd", 3), re.findall(r"\d", "a1b2c3", ))
print(re.findall(r"(\d)(x)?", "1x2"), re.findall(r"(\d)", "1 2"), re.findall("", "ab"))
it = p.finditer("a b-2 c")
print(type(it).__name__, [x.group() for x in it], list(it))
print([m.span() for m in re.finditer(r"\b", "ab cd")])
sc = p.scanner("a b c")
print(type(sc).__name__, sys.getsizeof(sc), sc.pattern is p, sc.search(), sc.match(), sc.search(), sc.search(), sc.search())
sc = re.compile(r"\d").scanner("12a3")
print(sc.match(), sc.match(), sc.match(), sc.match())
print(re.compile("a(b)").match("ab").lastindex, re.compile("(a)(b)").match("ab").lastindex,
      re.compile("((a)b)").match("ab").lastindex, re.compile("(a)|(b)").match("b").lastindex,
      re.compile("(a)|b").match("b").lastindex, re.compile("(?P<x>a)(?P<y>b)?").match("a").lastgroup,
      re.compile("(a)()").match("a").lastindex, re.compile("(a(b)())").match("ab").lastindex)
print(copy.copy(p) is p, copy.deepcopy(p) is p, copy.copy(m) is m)
print(p == re.compile(p.pattern), p == re.compile(p.pattern, re.I), p != re.compile("x"), p == 1)
print(hash(p) == hash(re.compile(p.pattern)), {p: 1}[re.compile(p.pattern)])
print(re.compile("a") is re.compile("a"), re.compile(p) is p)
re.purge()
print(re.Pattern, re.Match, re.Pattern[str], re.Match[bytes])
for f in [lambda: re.Pattern(), lambda: re.Match(), lambda: re.compile(p, re.I)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(repr(re.I), str(re.M), re.I | re.M, re.S | re.X | re.A, ~re.I & re.M, re.I | 1024,
      re.NOFLAG, re.I.value, int(re.X), re.U, re.L, re.T, re.DEBUG, f"{re.I:d}", f"{re.I}")
print(re.IGNORECASE is re.I, type(re.I).__name__, isinstance(re.I, int), re.RegexFlag.MULTILINE)
print(re.escape("a.b*c?d+e[f]g{h}i(j)k|l^m$n\\o p\tq#r&s~t-u"), re.escape(b"a.b\xff "), re.escape("é😀_"))
print(re.search("x*", "axx"), re.match("(a)(b)", "ab").regs, re.fullmatch("a|ab", "ab"))
print(re.match(r"(?P<a>.)(?P<b>.)", "xy").groupdict(), re.compile("(?P<a>.)(.)").groupindex)
print(re.split(",", "a,b,,c"), re.split("(,)", "a,b"), re.split(r"\s*", "a b"), re.split("x", ""))
print(re.split(",", "a,b,c", 1), re.split(",", "a,b,c", maxsplit=-1), re.split("(a)|b", "xaybz"))
print(re.sub("a", "b", "aaa", 2), re.sub("a", "b", "aaa", count=-1), re.subn("a", "b", "aaa"))
