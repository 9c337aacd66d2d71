import sys
a = "".join(["dyn", "amic"])
b = "".join(["dyn", "amic"])
print(a == b, a is b)
ia = sys.intern(a)
ib = sys.intern(b)
print(ia is ib, ia is a)
try:
    sys.intern(5)
except TypeError as e:
    print(e)
