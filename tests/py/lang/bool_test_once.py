# A condition made of and/or/not tests each operand once (__bool__ runs once per operand).
class B:
    def __init__(s, v): s.v = v
    def __bool__(s):
        print("bool", s.v)
        return s.v
if B(False) and B(True): print("yes")
if B(True) and B(False): print("yes")
if B(False) or B(True): print("yes2")
if not (B(False) or B(False)): print("yes3")
while B(False) and 1: pass
x = [1 for i in range(2) if B(True) and B(False)]
print(1 if B(False) or B(True) else 2)
assert B(True) and B(True)
class C:
    def __contains__(s, x):
        print("contains", x)
        return x == 1
c = C()
if 1 in c and 2 not in c: print("in/not in")
a = b = object()
if a is b and not (a is not b): print("is")
try:
    if 1 in 5: pass
except TypeError as e:
    print(e)
import sys
before = sys.getrefcount(True)
for i in range(100):
    if i in (1, 2) or i is None: pass
print(sys.getrefcount(True) - before)
