# global_nonlocal_errors
try:
    exec('def f():\n    x = 1\n    def g():\n        nonlocal y\n')
except SyntaxError as e:
    print(e.msg, e.lineno)
try:
    exec('global q\nq = 1\nprint(q)')
except Exception as e:
    print(e)
