# description: a group inside a repeated group keeps its last value in CPython, not in heapscope.
# cause: re runs on the JavaScript RegExp engine, which clears the captures of a quantified
#   group at the start of every iteration (ECMAScript RepeatMatcher); CPython's sre keeps the
#   last value a group had in any iteration. So a group set in an earlier iteration and not in
#   the last one is None in heapscope. Spans of the whole match are the same.
# workaround: capture the repeated part as a whole, e.g. ((?:a|b)+).
# issue: stdlib (re)
import re

print(re.match("(?:(a)|b)+", "ab").group(1))
print(re.findall("((a)|b)+", "ab ba"))
