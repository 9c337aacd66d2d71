# Error case: missing_kwonly (traceback, message and exit status as python3).
def f(a, *, c): pass
f(1)
