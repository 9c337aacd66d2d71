# A never-awaited coroutine in a cycle that only the collection at exit
# finds: attributed to "sys", line 1 (no Python frame runs), with the
# tracemalloc hint (the import machinery still works at that point); the
# same message from module globals cleared later is not shown again.


async def job(n):
    print("never runs", n)


class Cycle:
    pass


c = Cycle()
c.c = c
c.job = job(1)
del c
kept = job(2)
print("main done")
