# Match and Pattern objects on the heap: sizes, references they hold, gc tracking, weakrefs.
import gc
import re
import sys
import weakref

s = "".join(["abc", "def"])
base = sys.getrefcount(s)
m = re.search("c(d)", s)
print(sys.getrefcount(s) - base, m.string is s, m.group(0) is s, re.match(".*", s).group() is s)
ms = [re.match("a", s) for _ in range(5)]
print(sys.getrefcount(s) - base)
del ms, m
print(sys.getrefcount(s) - base)
print([sys.getsizeof(re.match("(a)" * n, "a" * n)) for n in range(5)])
print([sys.getsizeof(re.compile(p)) for p in ["", "a", "abc", "(a)|b", r"[a-z]+\d*", "x(?=a)(?>b)c*?"]])
p = re.compile("x(y)")
r = sys.getrefcount(p)
m = p.match("xy")
print(sys.getrefcount(p) - r, m.re is p)
del m
print(sys.getrefcount(p) - r)
print(gc.is_tracked(p), gc.is_tracked(re.match("a", "a")), type(p).__flags__ & (1 << 14) != 0)
w = weakref.ref(p)
print(w() is p)
for obj in [re.match("a", "a")]:
    try:
        weakref.ref(obj)
        print("weakref ok")
    except TypeError as e:
        print("TypeError", e)
b = bytearray(b"xyz")
m = re.search(b"y", b)
print(m.string is b, m.group(), type(m.group()).__name__)
b[1] = ord("Y")
print(m.group(), m.span())
sub = type("S", (str,), {})
t = sub("hello")
m = re.match("h.*", t)
print(type(m.group()).__name__, m.string is t, type(re.sub("l", "L", t)).__name__, type(re.sub("z", "L", t)).__name__)
before = len(gc.get_objects())
for i in range(200):
    re.findall(r"\w", "abc def")
    list(re.finditer("a", "aaa"))
    re.sub("a", lambda m: m.group() * 2, "banana")
print(len(gc.get_objects()) - before < 50)
