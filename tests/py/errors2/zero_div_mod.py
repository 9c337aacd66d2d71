# Error case: zero_div_mod (traceback, message and exit status as python3).
print(5 % 0)
