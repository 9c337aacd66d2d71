# Error case: type_error_call (traceback, message and exit status as python3).
def f(a, b=1, *, c): pass
f(1, 2, 3)
