# Repeats whose body can match the empty string: Python ends them with one more
# iteration that matched nothing, whose captures stay.
import re

for p, s in [("(a*)*", "aab"), ("(a*)*", "b"), ("(.*)+", "xy"), (r"(\w*\s*)*\b", "ab cd-x"),
             (r"(?im)(\w*\s*)*\b", "abaébé-A😀"), (r"\W(.*|[a-c]{1,3}(x))+", "\nx\né1"),
             ("(a|)+", "aab"), ("(?:(a)|b)*c", "abac"), ("(?:(a*)b)*", "abb"), ("(a*){2,}", "aa"),
             ("([a-c\\d]|(?:Ab){0,1}?){1,2}", "1a"), ("(x?)*y", "xxy")]:
    m = re.search(p, s)
    print(repr(p), repr(s), m and (m.span(), m.groups()), re.findall(p, s), re.sub(p, "<\\g<0>>", s))
