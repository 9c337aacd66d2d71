# Error case: float_parse (traceback, message and exit status as python3).
float('abc')
