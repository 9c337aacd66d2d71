# asyncio: a task whose exception nobody retrieved reports it when it dies
# ("Task exception was never retrieved", the task's repr, the traceback from
# the coroutine), and the reprs of finished tasks.
import asyncio

async def fails():
    raise ValueError("bad")

async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print("task done", t.done())
    del t
    print("after del")
    t2 = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print(repr(t2))
    print("end of main")

asyncio.run(main())
print("after run")
