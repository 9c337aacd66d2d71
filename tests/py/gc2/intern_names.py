# Interning: identifiers in code are interned, runtime strings are not until sys.intern.
import sys
a = "hello_world"
b = "hello_" + "world"
c = "".join(["hello_", "world"])
print(a is b, a is c, a == c, sys.intern(c) is a)
d = {"key": 1}
k = "".join(["k", "ey"])
print(k in d, k is "key" if False else None, sys.intern(k) is list(d)[0])
