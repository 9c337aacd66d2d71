# Error case: assert_msg (traceback, message and exit status as python3).
assert 1 == 2, 'numbers differ'
