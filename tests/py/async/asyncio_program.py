# A program as a learner would write it with asyncio: a pool of workers
# takes "downloads" from a queue, a progress reporter waits on an Event, and
# results are gathered; every pause is sleep(0) or a short fixed sleep.
import asyncio

PAGES = {
    "index": 3,
    "about": 1,
    "blog": 5,
    "contact": 2,
    "faq": 4,
}


async def download(name, size):
    chunks = []
    for i in range(size):
        chunks.append(f"{name}[{i}]")
        await asyncio.sleep(0)
    return chunks


async def worker(wid, queue, results, done_event):
    while True:
        name = await queue.get()
        if name is None:
            queue.task_done()
            print(f"worker {wid} stops")
            return wid
        chunks = await download(name, PAGES[name])
        results[name] = len(chunks)
        print(f"worker {wid} fetched {name} ({len(chunks)} chunks)")
        if len(results) == len(PAGES):
            done_event.set()
        queue.task_done()


async def reporter(done_event):
    print("reporter waiting")
    await done_event.wait()
    print("reporter: all pages fetched")
    return "reported"


async def main():
    queue = asyncio.Queue()
    results = {}
    done_event = asyncio.Event()
    for name in PAGES:
        queue.put_nowait(name)
    workers = [asyncio.create_task(worker(i, queue, results, done_event)) for i in range(2)]
    rep = asyncio.create_task(reporter(done_event))
    await queue.join()
    for _ in workers:
        await queue.put(None)
    stopped = await asyncio.gather(*workers)
    print("stopped", stopped, await rep)
    print(sorted(results.items()))
    slow = asyncio.create_task(asyncio.sleep(0.5, "slow"))
    try:
        print(await asyncio.wait_for(slow, timeout=0.05))
    except asyncio.TimeoutError:
        print("slow page timed out; cancelled:", slow.cancelled())
    return sum(results.values())


print("total chunks", asyncio.run(main()))
