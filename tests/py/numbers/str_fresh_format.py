# str.format, f-strings, format() and % over many specs, conversions and
# argument kinds (CPython 3.11): for each result, whether it is a new object
# ("new") or a static singleton ("static"), whether two evaluations give the
# same object, and whether it is the argument itself. The writer behind
# str.format and % returns an object it was handed when that object is the
# whole output; text it writes itself ends in the cached characters.
import sys

x = 3
s = chr(97)  # the cached 'a' (a literal 'a' is a different static object in 3.11)
e = ""
b = True


class S(str):
    pass


class I(int):
    pass


class P:
    def __str__(self):
        return str(x)

    def __repr__(self):
        return str(x)

    def __format__(self, spec):
        return str(x) if not spec else "fmt"


ss = S(s)
se = S(e)
a = str(x)
I3 = I(3)
env = {"x": x, "s": s, "e": e, "b": b, "ss": ss, "se": se, "a": a, "I3": I3, "P": P}


def kind(r):
    return "new" if sys.getrefcount(r) < 1000 else "static"


def run(label, f, arg):
    try:
        r = f()
        r2 = f()
    except Exception as exc:
        print(f"{label}: {type(exc).__name__}")
        return
    print(f"{label}: {r!r} {type(r).__name__} {kind(r)} same={r is r2} arg={r is env.get(arg)}")


specs = ["", "s", "1", "2", ".1", ".0", "<1", ">2", "x<1", "^1", "d", "x", "c", "0", "+"]
convs = ["", "!s", "!r", "!a"]
args = ["x", "a", "s", "ss", "e", "se", "I3", "P()", "b"]
for c in convs:
    for sp in specs:
        field = "{" + c + (":" + sp if sp else "") + "}"
        for arg in args:
            fs = "f'{" + arg + c + (":" + sp if sp else "") + "}'"
            code = compile(fs, "<f>", "eval")
            run(f"{field}.format({arg})", lambda: field.format(eval(arg, env)), arg)
            run(fs, lambda: eval(code, env), arg)
        for arg in ["x", "a", "P()"]:
            run(f"'{{}}{field}'.format(e, {arg})", lambda: ("{}" + field).format(e, eval(arg, env)), arg)
            run(f"'{field}{{}}'.format({arg}, e)", lambda: (field + "{}").format(eval(arg, env), e), arg)

units = ["%s", "%r", "%a", "%d", "%i", "%x", "%X", "%o", "%c", "%1s", "%-1s", "%.1s", "%.5s"]
units += ["%1d", "%.1d", "%2s", "%+d", "%05d", "%.0s", "%u"]
for u in units:
    for arg in args:
        run(f"'{u}' % {arg}", lambda: u % eval(arg, env), arg)
        run(f"'{u}' % ({arg},) at run time", lambda: u % (eval(arg, env),), arg)
        run(f"'%s{u}' % ('', {arg})", lambda: ("%s" + u) % (e, eval(arg, env)), arg)
        run(f"'{u}%s' % ({arg}, '')", lambda: (u + "%s") % (eval(arg, env), e), arg)
        code = compile(f"'{u}' % ({arg},)", "<pct>", "eval")
        run(f"'{u}' % ({arg},) compiled", lambda: eval(code, env), arg)

for sp in specs:
    for arg in args:
        run(f"format({arg}, {sp!r})", lambda: format(eval(arg, env), sp), arg)
