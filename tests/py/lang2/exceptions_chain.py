# Exception chaining, context, notes and groups of handlers.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError(f"bad input {s!r}") from e

try:
    parse("x")
except TypeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    print("context:", repr(e.__context__), e.__cause__)

try:
    raise ValueError("v")
except (TypeError, ValueError) as e:
    e.add_note("a note")
    print(e.__notes__, e.args)

def cleanup():
    try:
        return "try"
    finally:
        print("finally runs before the return value is used")

print(cleanup())
for exc in (StopIteration(5), SystemExit(3), KeyError("k"), OSError(2, "No such file")):
    print(repr(exc), str(exc), exc.args)
