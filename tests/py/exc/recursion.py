# RecursionError at the recursion limit, and recovering from it.
import sys
print(sys.getrecursionlimit())
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(900) > 0, len(str(fact(500))))
sys.setrecursionlimit(50)
try:
    fact(100)
except RecursionError:
    print("limit 50 is too low for fact(100)")
sys.setrecursionlimit(1000)
print(fact(10))
