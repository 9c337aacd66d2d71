# description: sys.getsizeof of some compiled patterns differs from CPython's by a few words.
# cause: CPython's size counts the sre bytecode (4 bytes per code word) the pattern compiles to;
#   heapscope compiles to a JavaScript RegExp and estimates the code words from the parse tree
#   (exact for literals, groups, repeats and lookarounds; not for sre's charset and INFO
#   optimizations, as in [ab], \d or a top-level |).
#   Match objects have CPython's sizes (120 bytes plus 16 per group).
# workaround: none needed unless you study the size of compiled patterns.
# issue: stdlib (re)
import re
import sys

print([sys.getsizeof(re.compile(p)) for p in ["", "a", "abc", "(a)|b", r"[a-z]+\d*", r"\w+@\w+"]])
print([sys.getsizeof(re.compile(p)) for p in ["[ab]", r"\d", "xa|b"]])
print([sys.getsizeof(re.match("(a)" * n, "a" * n)) for n in range(3)])
