# Error case: unhashable (traceback, message and exit status as python3).
s = {[1]}
