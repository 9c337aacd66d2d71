# try/except/else/finally, raise from, chaining, and the exception being handled.
import sys
def risky(n):
    if n == 0:
        raise ValueError("zero!")
    return 10 / n
for n in [2, 0]:
    try:
        r = risky(n)
    except ValueError as e:
        print("caught", type(e).__name__, e, e.args)
    else:
        print("no error", r)
    finally:
        print("finally", n)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise KeyError("k") from e
except KeyError as e:
    print(repr(e), type(e.__cause__).__name__, e.__suppress_context__)
try:
    try:
        {}["missing"]
    except KeyError:
        int("x")
except ValueError as e:
    print(e, "| context:", repr(e.__context__))
def f():
    try:
        return "from try"
    finally:
        print("finally runs before return")
print(f())
try:
    raise TypeError
except (ValueError, TypeError) as e:
    print("tuple match", type(e))
print(sys.exc_info())
try:
    e = 1
    raise RuntimeError("x")
except RuntimeError as e:
    pass
try:
    print(e)
except NameError as ne:
    print(ne)
