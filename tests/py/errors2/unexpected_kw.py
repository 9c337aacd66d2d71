# Error case: unexpected_kw (traceback, message and exit status as python3).
def f(a): pass
f(a=1, b=2)
