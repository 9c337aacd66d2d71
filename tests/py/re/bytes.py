# Bytes patterns against bytes and bytearray subjects.
import re

p = re.compile(rb"(\w+)=(\d+)")
print(p, p.pattern, p.flags, p.findall(b"a=1 bb=22 \xe9=3"), p.sub(rb"\2=\1", b"x=1"))
m = p.search(bytearray(b"  k=9 "))
print(m, m.group(), m.groups(), type(m.string).__name__, m.span(1), m.string)
print(re.findall(rb"\s", b" \t\n\x0b\x0c\r\x1c\x85\xa0"), re.findall(rb"\d", b"12\xb2"))
print(re.findall(rb"(?i)[a-z\xe9]+", b"ABC\xc9\xe9"), re.findall(b"(?i)\xe9", b"\xc9\xe9"))
print(re.search(rb"\xff+", b"a\xff\xffb"), re.split(rb"\W", b"a,b\xffc"), re.sub(b"a", b"\xff", b"bab"))
print(re.sub(rb"(a)", lambda m: m.group(1) * 2, b"bab"), re.sub(b"a", bytearray(b"x"), b"a"))
print(re.escape(b"a.b\x00\xff"), re.search(b".", b"\n"), re.search(b"(?s).", b"\n"), re.search(rb"\bx\b", b"\xe9x\xe9"))
print(re.match(rb"(?L)\w", b"a"), re.compile(b"a", re.L), re.compile(b"(?a)x").flags, re.compile(b"x").flags)
print(re.fullmatch(b"abc", b"abc").group() is not None, re.subn(b"", b"-", b"ab"), re.findall(b"", bytearray(b"ab")))
for bad in [lambda: re.search(b"a", "a"), lambda: re.search("a", b"a"), lambda: re.search(b"a", 5),
            lambda: re.sub(b"a", "x", b"a"), lambda: re.sub(b"a", lambda m: 1, b"za"),
            lambda: re.compile(rb"\u1234"), lambda: re.compile(rb"\N{EM DASH}"), lambda: re.compile(b"(?P<\xe9>x)")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
