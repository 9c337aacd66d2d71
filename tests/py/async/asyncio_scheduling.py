# asyncio scheduling order: interleavings of sleep(0) across tasks, cancellation
# with a message and finally blocks, a bounded Queue with task_done/join,
# wait_for with timeout 0, task names counted across two asyncio.run calls.
import asyncio


async def chatter(name, n, out):
    for i in range(n):
        out.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name


async def cancellable(log):
    try:
        log.append("started")
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        log.append("got cancelled")
        raise
    finally:
        log.append("finally")


async def main():
    out = []
    tasks = [asyncio.create_task(chatter(n, k, out)) for n, k in (("a", 3), ("b", 1), ("c", 2))]
    out.append("main")
    await asyncio.sleep(0)
    out.append("main again")
    res = await asyncio.gather(*tasks, chatter("d", 2, out))
    print(out)
    print(res)

    log = []
    t = asyncio.create_task(cancellable(log))
    await asyncio.sleep(0)
    t.cancel("stop it")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled with", e.args)
    print(log, t.cancelled())

    q = asyncio.Queue(maxsize=2)
    order = []

    async def prod():
        for i in range(5):
            await q.put(i)
            order.append(f"put{i}")

    async def cons():
        for _ in range(5):
            item = await q.get()
            order.append(f"get{item}")
            q.task_done()
            await asyncio.sleep(0)

    await asyncio.gather(prod(), cons())
    await q.join()
    print(order)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")

    try:
        await asyncio.wait_for(chatter("z", 3, out), 0)
    except asyncio.TimeoutError as e:
        print("timeout 0", type(e.__cause__).__name__)
    print(len(asyncio.all_tasks()))
    return asyncio.current_task().get_name()


print(asyncio.run(main()))
print(asyncio.run(main()))
try:
    asyncio.run(42)
except ValueError as e:
    print(e)
c = chatter("never", 1, [])
try:
    asyncio.run(c)
finally:
    pass
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
