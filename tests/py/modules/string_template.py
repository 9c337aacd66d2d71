# string.Template (its pattern compiled with re, as in CPython) and string.Formatter:
# substitution, errors with their line and column, subclass attributes, parsing.
from string import Template, Formatter
t = Template("$who likes $what, $$5 ${who}s")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "a", "what": "b"}, what="c"))
print(t.get_identifiers(), t.is_valid())
print(Template("$who and $x").safe_substitute(who="me"))
for bad in ["abc $", "x\ny $1", "${bad", "$ $"]:
    try:
        Template(bad).substitute(who=1)
    except ValueError as e:
        print("ValueError", e)
    print(repr(Template(bad).safe_substitute()), Template(bad).is_valid())
try:
    Template("$missing").substitute()
except KeyError as e:
    print("KeyError", e)
class Pct(Template):
    delimiter = "%"
print(Pct("%x and %{y}z %%").substitute(x=1, y=2))
class Dotted(Template):
    idpattern = r"[_a-z][_a-z0-9]*(?:\.[_a-z][_a-z0-9]*)*"
print(Dotted("$a.b and $c.d.").substitute({"a.b": 1, "c.d": 2}))
class Case(Template):
    flags = 0
    idpattern = "[a-z]+"
print(Case("$abcDEF").safe_substitute(abc="x"))
class Brace(Template):
    braceidpattern = r"[^}]+"
print(Brace("${a b} $c").substitute({"a b": 1, "c": 2}))
print(Template("$" + "a" * 2000).get_identifiers()[0][:5])
print(Template.delimiter, Template.idpattern, Template.braceidpattern)
f = Formatter()
print(f.format("{0} {1!r:>8} {name:{w}}|", "a", "b", name="n", w=5))
print(f.format("{} {} {}", 1, 2, 3), f.format("{a.real} {b[1]} {b[0]:.2f}", a=3, b=[1.5, "x"]))
print(list(f.parse("a{{b}}c{0!s:>{1}}d")))
for bad in ["{0} {}", "{} {0}", "{", "}", "{0!x}", "{0[}", "{a.}", "{0:{1:{2}}}"]:
    try:
        print(f.format(bad, 1, 2, 3, a=1))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
class Strict(Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra:
            raise ValueError("unused " + ",".join(sorted(extra)))
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, "?") if isinstance(key, str) else super().get_value(key, args, kwargs)
print(Strict().format("{x} {y}", x=1))
try:
    Strict().format("{x}", x=1, z=2)
except ValueError as e:
    print(e)
