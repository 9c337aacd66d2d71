# super() and closures inside coroutines, async with on a subclass, locals().
class Base:
    async def hello(self, x):
        return f"base {x}"
    async def __aenter__(self):
        return "base enter"
    async def __aexit__(self, *a):
        return False
class Child(Base):
    async def hello(self, x):
        r = await super().hello(x)
        def inner():
            return r + "!"
        return inner()
    async def __aenter__(self):
        v = await super().__aenter__()
        return v.upper()
async def main():
    c = Child()
    print(await c.hello(3))
    async with c as v:
        print(v)
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(3):
        add(await c.hello(i) and i)
    print(total, [await c.hello(i) for i in range(2)])
    print(sorted(locals()))
m = main()
try:
    m.send(None)
except StopIteration:
    pass
