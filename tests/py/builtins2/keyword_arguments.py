# Positional-only builtins refuse keyword arguments, keyword-taking ones accept them.
for f in ['format(1, format_spec="x")', 'divmod(1, b=2)', 'hasattr([], name="x")', 'isinstance(1, cls=int)', 'getattr(1, "x", default=2)', 'abs(x=1)', 'len(obj=[])', 'repr(obj=1)', 'chr(i=65)', 'ord(c="a")', 'hash(obj=1)', 'id(obj=1)', 'callable(obj=1)', 'print(1, sep="-", end="!\\n")', 'sorted([2, 1], reverse=True)', 'max([1, 2], key=abs)', 'int("10", base=2)', 'sum([1, 2], start=10)', 'round(number=2.5)', 'pow(base=2, exp=3)', 'iter([], x=1)', 'next(iter([1]), default=0)']:
    try: print(f, eval(f))
    except TypeError as e: print(f, '->', e)
