# Error case: int_parse (traceback, message and exit status as python3).
int('12x')
