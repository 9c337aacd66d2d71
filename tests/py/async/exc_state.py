# Exceptions and coroutines: sys.exc_info() is saved while a coroutine is
# suspended inside an except block and restored when it resumes; implicit
# chaining across awaits; StopIteration raised inside a coroutine becomes
# RuntimeError; exceptions thrown in travel through every awaiting level.
import sys


class Wait:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        return (yield self.tag)


async def handler():
    try:
        raise KeyError("handled")
    except KeyError:
        print("before await:", repr(sys.exc_info()[1]))
        await Wait("in except")
        print("after await:", repr(sys.exc_info()[1]))
        raise ValueError("during handling")


c = handler()
print(c.send(None))
print("outside while suspended:", sys.exc_info())
try:
    c.send(None)
except ValueError as e:
    print("chained:", repr(e), "context:", repr(e.__context__))


async def raises_stop():
    raise StopIteration("inner")


try:
    raises_stop().send(None)
except RuntimeError as e:
    print(repr(e), "cause:", repr(e.__cause__), e.__suppress_context__)


async def level3():
    try:
        await Wait("deep")
    except ZeroDivisionError as e:
        print("level3 caught", e)
        return "recovered"


async def level2():
    r = await level3()
    return "level2 got " + r


async def level1():
    try:
        return await level2()
    finally:
        print("level1 finally")


c = level1()
print(c.send(None))
try:
    c.throw(ZeroDivisionError("thrown in"))
except StopIteration as e:
    print(e.value)


async def generator_exit_caught():
    try:
        await Wait("x")
    except GeneratorExit:
        print("got GeneratorExit")
        raise


c = generator_exit_caught()
c.send(None)
c.close()


async def ignores_exit():
    try:
        await Wait("x")
    except GeneratorExit:
        pass
    await Wait("again")


c = ignores_exit()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(e)


async def returns_on_exit():
    try:
        await Wait("x")
    except GeneratorExit:
        return "ignored value"


c = returns_on_exit()
c.send(None)
print(c.close())


async def fails():
    async with Manager():
        await Wait("in with")
        1 / 0


class Manager:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        print("aexit sees", exc[0].__name__)


c = fails()
c.send(None)
c.send(None)
