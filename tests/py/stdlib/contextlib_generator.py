# contextlib.contextmanager: entering, exiting, exceptions thrown into the generator.
from contextlib import contextmanager, ContextDecorator, AbstractContextManager
import sys

log = []


@contextmanager
def tag(name):
    """Wraps in a tag."""
    log.append(f"<{name}>")
    try:
        yield name.upper()
    finally:
        log.append(f"</{name}>")


with tag("b") as t:
    log.append(t)
print(log)
print(tag.__name__, tag.__doc__, type(tag("x")).__name__)
cm = tag("i")
print(isinstance(cm, AbstractContextManager), cm.__doc__)

# An exception in the body propagates through the generator.
log.clear()
try:
    with tag("p"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e, log)


# The generator suppresses by catching.
@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", type(e).__name__, e)


with swallow(KeyError):
    raise KeyError("k")
print("after swallow")
try:
    with swallow(KeyError):
        raise IndexError("i")
except IndexError as e:
    print("not swallowed", e)


# The generator replaces the exception.
@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("translated") from e


try:
    with translate():
        1 / 0
except ArithmeticError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))


# Errors of the protocol.
@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def yields_after_throw():
    try:
        yield
    except Exception:
        yield


for f in (no_yield, two_yields):
    try:
        with f():
            pass
    except RuntimeError as e:
        print(f.__name__, "RuntimeError:", e, e.__context__, e.__suppress_context__)
try:
    with yields_after_throw():
        raise ValueError("v")
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__context__))


# StopIteration raised in the body is not swallowed (PEP 479 wraps it in the generator).
@contextmanager
def plain():
    yield


try:
    with plain():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration kept", e)
except RuntimeError as e:
    print("RuntimeError", e)


# A StopIteration raised by a generator that catches and re-raises it.
@contextmanager
def reraiser():
    try:
        yield
    except StopIteration:
        raise


try:
    with reraiser():
        raise StopIteration("again")
except BaseException as e:
    print(type(e).__name__, e)


# An exception class (not instance) through __exit__ directly.
c = plain()
c.__enter__()
print(c.__exit__(KeyError, None, None))
c = swallow(KeyError)
c.__enter__()
print(c.__exit__(KeyError, None, None))


# Used as a decorator: a new generator for each call.
@tag("deco")
def work(x):
    log.append(x * 2)
    return x + 1


log.clear()
print(work(1), work(5), log)


class Timer(ContextDecorator):
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0])
        return False


@Timer()
def run(a, b=2):
    print("running", a, b)
    return a * b


print(run(3), run.__name__)
try:
    Timer()(lambda: 1 / 0)()
except ZeroDivisionError:
    print("zde")

# Reusing a generator cm is an error (the generator is finished).
c = tag("once")
with c:
    pass
try:
    with c:
        pass
except (AttributeError, RuntimeError) as e:
    print(type(e).__name__)


# The traceback the caller sees of an exception passing through.
@contextmanager
def passthrough():
    yield


def f():
    with passthrough():
        raise KeyError("deep")


try:
    f()
except KeyError as e:
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print("frames", n)


# GeneratorExit and KeyboardInterrupt pass through.
try:
    with plain():
        raise KeyboardInterrupt
except KeyboardInterrupt:
    print("KeyboardInterrupt")


# A generator that raises a new error on exit without a body error.
@contextmanager
def bad_exit():
    yield 1
    raise OSError("cleanup failed")


try:
    with bad_exit() as v:
        print("v", v)
except OSError as e:
    print("OSError", e)

# An uncaught error through a contextmanager: the traceback.
with tag("last"):
    {}["missing"]
