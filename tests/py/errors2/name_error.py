# Error case: name_error (traceback, message and exit status as python3).
print(undefined_name)
