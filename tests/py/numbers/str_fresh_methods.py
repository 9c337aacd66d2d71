# str methods on exact and subclass receivers of length 0, 1 and 2, Latin-1
# or not: for each result, its type, whether it is a new object ("new") or
# a statically allocated singleton ("static"), whether two calls give the
# same object, and whether it is the receiver itself (CPython 3.11).
import sys


class S(str):
    pass


def kind(r):
    return "new" if sys.getrefcount(r) < 1000 else "static"


def show(v):
    if isinstance(v, (list, tuple)):
        return [show(i) for i in v]
    return f"{v!r}:{type(v).__name__}:{kind(v)}"


def build(text):
    # Built at run time: no constant of the code object is involved.
    return "".join([chr(ord(c)) for c in text])


receivers = ["a", "A", "ab", "", " a", "\t", "é", "\u0100", "a\n", "-1"]
calls = [
    ("upper", ()), ("lower", ()), ("swapcase", ()), ("capitalize", ()), ("title", ()),
    ("casefold", ()), ("strip", ()), ("lstrip", ()), ("rstrip", ("a",)),
    ("replace", ("a", "b")), ("replace", ("a", "")), ("replace", ("x", "y")),
    ("replace", ("", "x")), ("replace", ("", "")), ("replace", ("a", "b", 0)),
    ("center", (1,)), ("center", (2,)), ("ljust", (2,)), ("rjust", (1,)),
    ("zfill", (1,)), ("zfill", (3,)), ("expandtabs", ()), ("expandtabs", (1,)),
    ("translate", ({},)), ("translate", ({97: 98},)), ("translate", ({97: None},)),
    ("removeprefix", ("a",)), ("removesuffix", ("x",)), ("split", ()), ("split", ("a",)),
    ("split", ("\n",)), ("rsplit", (None, 1)), ("splitlines", ()), ("splitlines", (True,)),
    ("partition", (build("b"),)), ("rpartition", (build("a"),)), ("format", ()), ("format_map", ({},)),
    ("__format__", ("",)), ("__format__", ("1",)), ("__format__", (".1",)),
    ("__format__", ("3",)), ("__str__", ()), ("__mul__", (1,)), ("__mul__", (2,)),
    ("__add__", ("",)), ("__mod__", ((),)), ("join", (["a", "b"],)), ("join", ([],)),
    ("__getitem__", (slice(None),)), ("__getitem__", (slice(None, None, -1),)),
    ("__getitem__", (slice(0, 1),)), ("__getnewargs__", ()),
]
for text in receivers:
    for make, label in ((build, "str"), (S, "S")):
        for name, args in calls:
            o = make(text)
            try:
                r = getattr(o, name)(*args)
                r2 = getattr(o, name)(*args)
            except Exception as exc:
                print(f"{label}({text!r}).{name}{args}: {type(exc).__name__}")
                continue
            if isinstance(r, (list, tuple)):
                same = [p is q for p, q in zip(r, r2)]
                itself = [p is o for p in r]
            else:
                same = r is r2
                itself = r is o
            print(f"{label}({text!r}).{name}{args}: {show(r)} same={same} self={itself}")
