# Error case: raise_from_none (traceback, message and exit status as python3).
try:
    {}['k']
except KeyError:
    raise ValueError('clean') from None
