# Error case: key_error_tuple (traceback, message and exit status as python3).
d = {}
d[(1, 2)]
