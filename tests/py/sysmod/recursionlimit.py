import sys
old = sys.getrecursionlimit()
sys.setrecursionlimit(100)
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth()
print(90 <= d <= 100)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit())
for bad in [0, -1]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(e)
try:
    sys.setrecursionlimit(2.5)
except TypeError as e:
    print(e)
