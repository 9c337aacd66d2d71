# Error case: not_iterable (traceback, message and exit status as python3).
for x in 5: pass
