# ExitStack, AsyncExitStack, suppress, closing, nullcontext, redirect_*: CPython's order and chaining.
import sys
import asyncio
from contextlib import (ExitStack, AsyncExitStack, suppress, closing, aclosing, nullcontext,
                        redirect_stdout, redirect_stderr, asynccontextmanager, contextmanager,
                        AbstractContextManager, AbstractAsyncContextManager)


class CM:
    def __init__(self, name, suppress=False, fail=None):
        self.name, self.suppress, self.fail = name, suppress, fail

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        if self.fail:
            raise self.fail
        return self.suppress


with ExitStack() as stack:
    print(stack.enter_context(CM("a")), stack.enter_context(CM("b")))
    stack.callback(print, "callback", 1, sep="-")
    stack.push(lambda *exc: print("push fn", exc[0]))
    stack.push(CM("pushed"))
print("---")
with ExitStack() as stack:
    stack.enter_context(CM("outer"))
    stack.enter_context(CM("sup", suppress=True))
    stack.enter_context(CM("inner"))
    raise ValueError("x")
print("suppressed by stack")

# Chaining when exit callbacks raise.
try:
    with ExitStack() as stack:
        stack.enter_context(CM("first", fail=KeyError("k1")))
        stack.enter_context(CM("second", fail=IndexError("i2")))
        raise ValueError("body")
except Exception as e:
    print("final", repr(e))
    c = e
    while c is not None:
        print("  ctx", repr(c))
        c = c.__context__


# The same with nested with statements, for comparison.
def nested():
    with CM("first", fail=KeyError("k1")):
        with CM("second", fail=IndexError("i2")):
            raise ValueError("body")


try:
    nested()
except Exception as e:
    c = e
    while c is not None:
        print("  nested ctx", repr(c))
        c = c.__context__

# Raising inside an except block with a stack.
try:
    try:
        raise OSError("outer")
    except OSError:
        with ExitStack() as stack:
            stack.callback(lambda: 1 / 0)
            raise KeyError("inner")
except Exception as e:
    c = e
    while c is not None:
        print("  exc ctx", repr(c))
        c = c.__context__

# pop_all and close.
stack = ExitStack()
stack.callback(print, "closed later")
with stack:
    moved = stack.pop_all()
print("stack left")
moved.close()
moved.close()
print(type(moved).__name__, len(moved._exit_callbacks))

# callback returns its function, push returns its argument.
with ExitStack() as s:
    f = s.callback(print, "x")
    print(f is print)
    c = CM("c")
    print(s.push(c) is c)

try:
    ExitStack().enter_context(42)
except TypeError as e:
    print(e)


class NoExit:
    def __enter__(self):
        return 1


try:
    ExitStack().enter_context(NoExit())
except TypeError as e:
    print(e)

# suppress
with suppress(KeyError, IndexError):
    [][1]
print("suppress ok")
with suppress():
    pass
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")
with suppress(Exception):
    raise ExceptionGroup("eg", [ValueError(1)])
print("group suppressed")


# closing
class Res:
    def close(self):
        print("Res.close")


with closing(Res()) as r:
    print(type(r).__name__)

# nullcontext
with nullcontext(5) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)


# redirect to any object with write()
class Sink:
    def __init__(self):
        self.data = []

    def write(self, s):
        self.data.append(s)


s = Sink()
with redirect_stdout(s) as got:
    print("to sink", 1)
    print(got is s)
print("back", "".join(s.data))
e = Sink()
with redirect_stderr(e):
    print("err", file=sys.stderr)
print("stderr was", e.data)
r = redirect_stdout(s)
with r:
    with r:
        print("reentrant")
print("after reentrant", sys.stdout is sys.__stdout__)

print(issubclass(CM, AbstractContextManager), issubclass(int, AbstractContextManager),
      isinstance(nullcontext(), AbstractAsyncContextManager))


# async
class ACM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress

    async def __aenter__(self):
        print("aenter", self.name)
        return self.name

    async def __aexit__(self, t, v, tb):
        print("aexit", self.name, t.__name__ if t else None)
        return self.suppress


@asynccontextmanager
async def agen(x):
    print("agen start", x)
    try:
        yield x * 2
    except KeyError:
        print("agen caught")
    finally:
        print("agen end")


@asynccontextmanager
async def no_yield():
    if False:
        yield


class AClose:
    async def aclose(self):
        print("aclosed")


async def main():
    async with agen(4) as v:
        print("got", v)
    async with agen(1):
        raise KeyError(1)
    try:
        async with agen(2):
            raise ValueError(2)
    except ValueError as e:
        print("through", e)
    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        print(e)
    async with AsyncExitStack() as st:
        print(await st.enter_async_context(ACM("a")))
        st.enter_context(CM("sync"))

        async def cb(x):
            print("async cb", x)

        st.push_async_callback(cb, 7)
        st.callback(print, "sync cb")
        st.push_async_exit(ACM("pushed", suppress=True))
        raise LookupError("swallowed by pushed")
    print("after async stack")
    async with aclosing(AClose()):
        pass
    async with nullcontext(3) as n:
        print("anull", n)

    @agen(10)
    async def decorated():
        print("in decorated")
        return 5

    print(await decorated())
    try:
        await AsyncExitStack().enter_async_context(CM("x"))
    except TypeError as e:
        print(e)
    st = AsyncExitStack()
    st.push_async_callback(cb, 9)
    await st.aclose()


asyncio.run(main())
