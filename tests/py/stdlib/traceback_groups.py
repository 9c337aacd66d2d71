# Exception groups in reports: numbered boxes, nesting, chained members, truncation (width 15,
# depth 10), through traceback.format_exception and when uncaught.
import sys
import traceback


def fail(exc):
    raise exc


def group(n, depth=0):
    excs = []
    for i in range(n):
        try:
            fail(ValueError(i))
        except ValueError as e:
            excs.append(e)
    return ExceptionGroup(f"group{depth}", excs)


try:
    raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
except ExceptionGroup as e:
    traceback.print_exc(file=sys.stdout)

try:
    raise group(2)
except ExceptionGroup as e:
    lines = traceback.format_exception(e)
    print(len(lines))
    print("".join(lines), end="")

# Nested groups, with a chained member.
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        inner = ExceptionGroup("inner", [TypeError("t"), group(1, 1)])
        raise ExceptionGroup("outer", [inner, OSError("os")]) from z
except ExceptionGroup as e:
    traceback.print_exception(e, file=sys.stdout)

# More than 15 members.
print(traceback.format_exception(ExceptionGroup("wide", [ValueError(i) for i in range(17)]))[-3:])
eg = ExceptionGroup("wide", [ValueError(i) for i in range(16)])
print("".join(traceback.format_exception(eg)[-6:]), end="")


# Deeper than 10 levels.
def nest(d):
    e = ValueError("leaf")
    for i in range(d):
        e = ExceptionGroup(f"level{i}", [e])
    return e


print("".join(traceback.format_exception(nest(12))), end="")
print(traceback.format_exception_only(ExceptionGroup("only", [ValueError()])))
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])
except BaseExceptionGroup:
    print(traceback.format_exc(), end="")


# A member that is itself a group with a context.
def handler():
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("in handler", [RuntimeError("r")])


try:
    handler()
except ExceptionGroup as e:
    traceback.print_exc(file=sys.stdout, limit=1)

raise ExceptionGroup("uncaught", [ValueError("a"), ExceptionGroup("sub", [TypeError("b")])])
