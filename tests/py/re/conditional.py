# Conditional groups (?(id)yes|no) and references to groups that did not take part.
import re

CASES = [
    ("(a)?\\1", "b"), ("(a)?\\1b", "b"), ("(a)?\\1", "aa"), ("(?:(a)|b)\\1", "bb"),
    ("(?:(a)|b)\\1", "aa"), ("(<)?\\w+(?(1)>)", "<abc>"), ("(<)?\\w+(?(1)>)", "abc>"),
    ("(<)?\\w+(?(1)>|$)", "<abc"), ("(?P<q>['\"])?\\w+(?(q)(?P=q))", "'x'"),
    ("(?P<q>['\"])?\\w+(?(q)(?P=q))", "x'"), ("(a)?(?(1)b|c)", "c"), ("(a)?(?(1)b|c)", "ab"),
    ("(a*)(?(1)b|c)", "b"), ("(a*)(?(1)b|c)", "c"), ("(?(1)a|b)(x)", "bx"),
    ("x(a?)(?(1)y|z)", "xz"), ("(a)|(?(1)x|y)", "y"), ("^(?:(a)|b)(?(1)A|B)$", "aA"),
    ("^(?:(a)|b)(?(1)A|B)$", "bB"), ("^(?:(a)|b)(?(1)A|B)$", "aB"), ("(?:(x)|y)+?(?(1)!|\\?)", "yyx!"),
    ("x(a*)(?(1)|z)", "x"),
]
for p, s in CASES:
    m = re.search(p, s)
    print(repr(p), repr(s), m and (m.span(), m.groups()))
print(re.findall(r"(<)?(\w+)(?(1)>)", "<a> b <c d>"))
print(re.sub(r"(\()?\d+(?(1)\))", "N", "(1) 2 (3 4)"))
