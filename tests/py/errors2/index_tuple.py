# Error case: index_tuple (traceback, message and exit status as python3).
t = (1,)
t[5]
