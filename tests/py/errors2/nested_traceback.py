# Error case: nested_traceback (traceback, message and exit status as python3).
def a(): b()
def b(): c()
def c(): return 1 / 0
a()
