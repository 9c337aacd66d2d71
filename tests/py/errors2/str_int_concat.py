# Error case: str_int_concat (traceback, message and exit status as python3).
'a' + 1
