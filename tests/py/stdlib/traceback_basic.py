# traceback: format_exc/print_exc/format_exception/print_exception/format_tb/extract_tb/print_stack,
# printing what an uncaught exception prints.
import sys
import io
import traceback


def inner(x):
    return 10 / x


def middle(x):
    y = [inner(x)]
    return y


def outer():
    return middle(0)


try:
    outer()
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text, end="")
    print("---")
    traceback.print_exc()
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)
    print(traceback.format_exc(limit=1), end="")
    print(traceback.format_exc(limit=-1), end="")
    print(traceback.format_exc(limit=0), end="")
    e = sys.exc_info()[1]
    lines = traceback.format_exception(e)
    print(len(lines), lines[0], repr(lines[-1]))
    print(lines == traceback.format_exception(type(e), e, e.__traceback__))
    print(traceback.format_exception_only(e), traceback.format_exception_only(type(e), e))
    tb = e.__traceback__
    for entry in traceback.format_tb(tb):
        print(repr(entry))
    summary = traceback.extract_tb(tb)
    print(type(summary).__name__, len(summary), summary[0], summary[-1])
    for fs in summary:
        print(fs.filename.endswith("traceback_basic.py"), fs.lineno, fs.name, repr(fs.line), fs.colno,
              fs.end_colno, fs.end_lineno, list(fs) == [fs.filename, fs.lineno, fs.name, fs.line])
    print(summary[1] == (summary[1].filename, 13, "middle", "y = [inner(x)]"), summary[1][2], len(summary[1]))
    print("".join(summary.format()) == "".join(traceback.format_tb(tb)))
    print(traceback.format_list(summary) == summary.format(), len(traceback.extract_tb(tb, limit=2)))
    traceback.print_tb(tb, limit=2, file=sys.stdout)
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])

# Chains: cause and context, chain=False.
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad value") from e
except ValueError as e:
    traceback.print_exception(e, file=sys.stdout)
    print("--- chain=False")
    traceback.print_exception(e, chain=False, file=sys.stdout)
try:
    try:
        int("x")
    except ValueError:
        None.attr
except AttributeError as e:
    print("".join(traceback.format_exception(e)), end="")

# An exception never raised has no traceback.
e = RuntimeError("fresh")
print(traceback.format_exception(e), traceback.format_exception_only(e))
print(traceback.format_exception(None), traceback.format_exception_only(None))
e.add_note("a note")
e.add_note("second\nnote")
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(KeyboardInterrupt()))


class MyErr(Exception):
    pass


print(traceback.format_exception_only(MyErr("m")))
try:
    compile("x = (1,\n", "<src>", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
try:
    traceback.print_exception(ValueError, ValueError("v"))
except ValueError as e:
    print("ValueError", e)
try:
    traceback.format_exception("nope")
except TypeError as e:
    print("TypeError", e)

# Nothing being handled.
print(repr(traceback.format_exc()))
traceback.print_exc(file=sys.stdout)


# Stacks.
def show_stack():
    traceback.print_stack(file=sys.stdout)
    print(len(traceback.extract_stack()), [f.name for f in traceback.extract_stack()])
    print(traceback.format_stack(limit=1))
    print([fs.name for fs in traceback.extract_stack(limit=2)])


def caller():
    show_stack()


caller()

# Recursion: repeated entries are folded.


def rec(n):
    if n == 0:
        raise OverflowError("deep")
    rec(n - 1)


try:
    rec(8)
except OverflowError:
    traceback.print_exc(file=sys.stdout)
    print(len(traceback.extract_tb(sys.exc_info()[2])), len(traceback.format_tb(sys.exc_info()[2])))

# FrameSummary and StackSummary built by hand.
fs = traceback.FrameSummary("made.py", 3, "fn", line="x = 1", lookup_line=False)
print(fs, fs.line, fs == ("made.py", 3, "fn", "x = 1"), fs.locals)
print(traceback.format_list([("a.py", 1, "f", "pass"), ("b.py", 2, "g", None)]))
fs2 = traceback.FrameSummary("made.py", 3, "fn", line="x", locals={"b": 2, "a": [1]})
print(traceback.StackSummary.from_list([fs2]).format())
print(traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()), limit=1)[0].name)

# TracebackException.
try:
    outer()
except ZeroDivisionError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type, str(te), len(te.stack), te.stack[-1].name)
    print("".join(te.format()) == traceback.format_exc(), list(te.format_exception_only()))
    te.print(file=sys.stdout)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")
except KeyError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.__context__.exc_type, te.__cause__, te.__suppress_context__)

# The same text as the uncaught exception below.
try:
    middle(0)
except ZeroDivisionError:
    traceback.print_exc()
middle(0)
