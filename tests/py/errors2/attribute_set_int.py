# Error case: attribute_set_int (traceback, message and exit status as python3).
x = 5
x.y = 1
