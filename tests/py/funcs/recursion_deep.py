# 1000 Python frames fit in the default recursion limit.
import sys
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
print(down(990))
def count_frames():
    f = sys._getframe()
    n = 0
    while f is not None:
        n += 1
        f = f.f_back
    return n
print(count_frames())
def nested(n):
    if n == 0:
        return count_frames()
    return nested(n - 1)
print(nested(10))
