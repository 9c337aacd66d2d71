# Tracebacks through async with (an error in __aexit__, in the body of a
# with of two items) and async for (an error in __anext__), with CPython's lines.
class M:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        raise KeyError("exit")
class It:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise ValueError("anext")
async def a():
    async with M():
        pass
async def b():
    async for x in It():
        pass
async def c():
    async with M() as m, M():
        raise IndexError("body")
for f in (a, b, c):
    try:
        f().send(None)
    except Exception as e:
        import sys
        sys.excepthook(type(e), e, e.__traceback__)
