# Argument checking of the Pattern and Match methods (CPython's messages).
import re
p = re.compile("(a)")
m = p.match("a")
for f in [lambda: p.search(), lambda: p.search("a", 1, 2, 3), lambda: p.search("a", foo=1), lambda: p.sub("x"),
          lambda: p.split(), lambda: p.findall("a", "b"), lambda: m.group(1, 2), lambda: m.start(1, 2),
          lambda: m.groups(1, 2), lambda: m.expand(), lambda: p.scanner(), lambda: re.compile(),
          lambda: re.search("a"), lambda: m.span("x"), lambda: p.match("a", 1.5), lambda: p.sub("x", "a", "2"),
          lambda: p.split("a", maxsplit="x"), lambda: m["a"], lambda: m[5], lambda: len(m), lambda: p.fullmatch(string="a", pos=0, endpos=1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
