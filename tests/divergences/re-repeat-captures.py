# description: a group inside a repeated group keeps its last value in CPython, not in heapscope.
# cause: heapscope resets it at each new iteration; an iteration that matches nothing leaves
#   no capture.
#   re runs on the JavaScript RegExp engine, which clears the captures of a quantified
#   group at the start of every iteration (ECMAScript RepeatMatcher) and refuses an empty
#   iteration (its captures are undone); CPython's sre keeps the last successful capture and
#   takes one final empty iteration. Spans of the whole match are the same.
# workaround: capture the repeated part as a whole, e.g. ((?:a|b)+), or avoid groups whose
#   iteration can be empty ((.*)+ is (.*)).
# issue: stdlib (re)
import re

print(re.match("(?:(a)|b)+", "ab").group(1))
print(re.match("(a*)*", "b").group(1))
print(re.match("(.*)+", "xy").groups())
print(re.findall("((a)|b)+", "ab ba"))
