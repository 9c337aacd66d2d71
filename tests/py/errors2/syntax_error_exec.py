# Error case: syntax_error_exec (traceback, message and exit status as python3).
exec('x = = 1')
