# asyncio (heapscope's one-module version): run, create_task, gather, sleep with
# timers (delays far apart, so the order does not depend on the machine's speed),
# Event, Queue, wait_for, call_later, cancel, Lock, gather(return_exceptions).
import asyncio


async def worker(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} after sleep")
    await asyncio.sleep(0)
    log.append(f"{name} done")
    return name * 2


async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    log = []
    t1 = asyncio.create_task(worker("a", 0.2, log))
    t2 = asyncio.create_task(worker("b", 0.05, log))
    print(t1.get_name(), t2.get_name(), t1.done())
    await ticker(3)
    r = await asyncio.gather(t1, t2, worker("c", 0, log))
    print(r)
    print(log)
    print(asyncio.current_task().get_name())
    ev = asyncio.Event()

    async def waiter(i):
        print("waiting", i)
        await ev.wait()
        print("woken", i)
        return i

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("setting")
    ev.set()
    print(await asyncio.gather(*ws))
    q = asyncio.Queue()

    async def producer():
        for i in range(4):
            await q.put(i)
            print("put", i)
            await asyncio.sleep(0)
        await q.put(None)

    async def consumer():
        got = []
        while True:
            item = await q.get()
            print("got", item)
            if item is None:
                return got
            got.append(item)

    print(await asyncio.gather(consumer(), producer()))
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(worker("w", 0, log), 1))
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, fut.set_result, "fut value")
    print(await fut)
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())

    async def fails():
        raise ValueError("bad")

    res = await asyncio.gather(fails(), worker("x", 0, log), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(fails(), worker("y", 0, log))
    except ValueError as e:
        print("gather raised", e)
    lock = asyncio.Lock()

    async def locked(i):
        async with lock:
            print("in lock", i)
            await asyncio.sleep(0)
            print("leaving lock", i)

    await asyncio.gather(*(locked(i) for i in range(3)))
    return "main done"


print(asyncio.run(main()))
print(asyncio.run(worker("again", 0, [])))
