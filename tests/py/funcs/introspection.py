# Function objects: names, defaults, code, closures.
def f(a, b=2, *args, c, d=4, **kw):
    "The docstring."
    x = a + b
    return x
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__, f.__kwdefaults__)
code = f.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_varnames, code.co_flags & 0xC)
def outer():
    v = 1
    def inner():
        return v
    return inner
i = outer()
print(i.__code__.co_freevars, outer.__code__.co_cellvars, type(i.__closure__[0]).__name__)
print(callable(f), type(f).__name__, f.__globals__ is globals())
f.custom = "attribute"
print(f.custom, f.__dict__)
g = lambda: None
print(g.__name__, g.__doc__)
