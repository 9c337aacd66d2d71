# Error case: not_callable (traceback, message and exit status as python3).
x = 3
x()
