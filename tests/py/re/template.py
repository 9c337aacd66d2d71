# string.Template on the real re: its pattern, subclasses that set pattern or flags,
# and warnings filters whose message and module are regular expressions.
import re
import string
import warnings

print(string.Template.pattern.flags, string.Template.pattern.groupindex)
print(string.Template.pattern.pattern)


class Shell(string.Template):
    pattern = r"""
    \$(?:
      (?P<escaped>\$) |
      (?P<named>[A-Z_][A-Z0-9_]*) |
      \((?P<braced>[A-Z_]+)\) |
      (?P<invalid>)
    )"""


print(Shell("$HOME and $(USER) cost $$3").substitute(HOME="/root", USER="me"))
print(Shell("$home").safe_substitute(home=1), Shell("$X $(Y) $Z").get_identifiers())


class Strict(string.Template):
    flags = 0
    delimiter = "%"


print(Strict("%who %Who %%").safe_substitute(who="w"), Strict("%1").is_valid())


class Odd(string.Template):
    pattern = r"@(?P<named>\w+)|(?P<other>!)"


try:
    Odd("! @a").substitute(a=1)
except (ValueError, IndexError) as e:
    print(type(e).__name__, e.args[0])
print(string.Template("${a}${b}x$c").substitute(a="1", b="2", c="3"), string.Template("é$été").safe_substitute())

with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message=r"spam \d+", category=UserWarning)
    warnings.filterwarnings("error", message="EGGS", module=r"__m.*__$")
    warnings.warn("spam 12 please")
    warnings.warn("spam x")
    try:
        warnings.warn("eggs and more")
    except UserWarning as e:
        print("raised", e)
    print([str(x.message) for x in w], warnings.filters[:2])
try:
    warnings.filterwarnings("ignore", message="(")
except re.error as e:
    print("re.error", e)
