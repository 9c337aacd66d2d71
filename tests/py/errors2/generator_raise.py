# Error case: generator_raise (traceback, message and exit status as python3).
def g():
    yield 1
    raise RuntimeError('inside')
list(g())
