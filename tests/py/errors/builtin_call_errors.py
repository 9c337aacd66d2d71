# Argument errors of built-in functions and methods name them as CPython does.
for f in (lambda: "a".lower(1), lambda: "a".upper(x=1), lambda: [].append(), lambda: [].append(1, 2), lambda: len([], x=1), lambda: str.lower(), lambda: dict.fromkeys(), lambda: {}.keys(1), lambda: abs(x=1), lambda: dict.fromkeys(x=1)):
    try:
        f()
    except TypeError as e:
        print(e)
