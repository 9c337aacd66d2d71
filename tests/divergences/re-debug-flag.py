# description: re.DEBUG prints nothing in heapscope; CPython prints the parse tree and its code.
# cause: heapscope has neither sre's parse tree nor its bytecode (patterns become JavaScript
#   regular expressions); the flag is accepted, kept in Pattern.flags and not cached, as in
#   CPython.
# workaround: none.
# issue: stdlib (re)
import re

p = re.compile(r"a[bc]+", re.DEBUG)
print(p.flags, p.match("abcb"))
