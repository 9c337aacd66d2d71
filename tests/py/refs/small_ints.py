# Small ints and interned strings are shared objects; others are not.
a = 256
b = 256
print(a is b)
x = int("1000")
y = int("1000")
print(x is y, x == y)
s1 = "hello"
s2 = "hel" + "lo"
print(s1 is s2)
import sys
s3 = "".join(["hel", "lo"])
print(s3 is s1, sys.intern(s3) is s1)
m5, m6 = -5, -6
print(m5 is int("-5"), m6 is int("-6"))
