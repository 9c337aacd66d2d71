# Error case: bad_unpack (traceback, message and exit status as python3).
a, b = [1, 2, 3]
