# description: a repeat whose body prefers the empty match ((?:x*?)+) can match another extent.
# cause: CPython's sre stops repeating once an iteration matched the empty string and goes on
#   with the rest of the pattern; the JavaScript RegExp engine refuses such an iteration and
#   backtracks into it for a longer match. heapscope translates `x?` to an alternation so it
#   behaves as CPython's, but has no equivalent for `*`, `+` and `{m,n}`.
# workaround: write the repeat so that its body cannot match the empty string
#   ((?:x+)* instead of (?:x*)*).
# issue: stdlib (re)
import re

print(re.match(r"(?:\W*?)+", "!!a").span())
print(re.findall("(?:a??)*", "aab"))
print(re.sub("(?:x*?)+", "-", "ab"))
