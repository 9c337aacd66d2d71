# co_flags of functions, closures, generators, coroutines and module code as 3.11 sets them.
def f(): pass
def g():
    x = 1
    def h(): return x
    return h
def gen(): yield 1
async def co(): pass
print(hex(f.__code__.co_flags), hex(g.__code__.co_flags), hex(g().__code__.co_flags), hex(gen.__code__.co_flags), hex(co.__code__.co_flags), hex((lambda *a, **k: 0).__code__.co_flags))
print(hex(compile("x=1", "s", "exec").co_flags), hex(f.__code__.co_flags & 0x40))
