# Error case: too_few_unpack (traceback, message and exit status as python3).
a, b, c = (1, 2)
