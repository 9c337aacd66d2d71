# Error case: recursion_traceback (traceback, message and exit status as python3).
def f(n): return f(n + 1)
f(0)
