for exc in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, RecursionError, StopIteration, KeyboardInterrupt]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:]])
try:
    [][0]
except LookupError as e:
    print("LookupError catches", type(e).__name__)
try:
    raise Exception("a", 1)
except Exception as e:
    print(e.args, str(e), repr(e))
e = ValueError("msg")
print(e.__traceback__, e.__context__, e.__cause__)
class MyErr(ValueError):
    pass
try:
    raise MyErr("custom")
except ValueError as e:
    print(type(e).__name__, isinstance(e, Exception), e)
