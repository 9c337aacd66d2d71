# A small event loop written in Python, as a learner would write one: tasks
# are coroutines, `await sleep(n)` suspends with a wake-up time, a Future can
# be awaited until another task sets it, and a queue passes values around.
class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.waiters = []

    def set_result(self, value):
        self.done = True
        self.result = value
        for task in self.waiters:
            LOOP.ready.append(task)
        self.waiters.clear()

    def __await__(self):
        if not self.done:
            yield ("future", self)
        return self.result


class Sleep:
    def __init__(self, delay):
        self.delay = delay

    def __await__(self):
        yield ("sleep", self.delay)


def sleep(delay):
    return Sleep(delay)


class Task:
    count = 0

    def __init__(self, coro, name):
        Task.count += 1
        self.coro = coro
        self.name = name
        self.id = Task.count
        self.future = Future()

    def __await__(self):
        return self.future.__await__()

    def __lt__(self, other):
        return self.id < other.id


class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []

    def spawn(self, coro, name):
        t = Task(coro, name)
        self.ready.append(t)
        return t

    def step(self, task):
        try:
            kind, arg = task.coro.send(None)
        except StopIteration as e:
            print(f"t={self.now} {task.name} finished -> {e.value!r}")
            task.future.set_result(e.value)
            return
        except Exception as e:
            print(f"t={self.now} {task.name} failed: {type(e).__name__}: {e}")
            task.future.set_result(None)
            return
        if kind == "sleep":
            self.sleeping.append((self.now + arg, task))
            self.sleeping.sort()
        elif kind == "future":
            arg.waiters.append(task)

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.now, task = self.sleeping.pop(0)
                self.ready.append(task)
                while self.sleeping and self.sleeping[0][0] == self.now:
                    self.ready.append(self.sleeping.pop(0)[1])
            batch, self.ready = self.ready, []
            for task in batch:
                self.step(task)


LOOP = Loop()


class Queue:
    def __init__(self):
        self.items = []
        self.getters = []

    def put(self, item):
        if self.getters:
            self.getters.pop(0).set_result(item)
        else:
            self.items.append(item)

    async def get(self):
        if self.items:
            return self.items.pop(0)
        f = Future()
        self.getters.append(f)
        return await f


async def producer(q, n):
    for i in range(n):
        await sleep(2)
        print(f"t={LOOP.now} produce {i}")
        q.put(i)
    q.put(None)
    return "produced"


async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            return total
        print(f"t={LOOP.now} consume {item}")
        total += item


async def worker(name, delay):
    await sleep(delay)
    if name == "bad":
        raise ValueError("worker failed")
    return name.upper()


async def main():
    q = Queue()
    p = LOOP.spawn(producer(q, 3), "producer")
    c = LOOP.spawn(consumer(q), "consumer")
    ws = [LOOP.spawn(worker(n, d), n) for n, d in (("a", 3), ("b", 1), ("bad", 2))]
    results = [await w for w in ws]
    print(f"t={LOOP.now} workers: {results}")
    return await p, await c


LOOP.spawn(main(), "main")
LOOP.run()
print("end at", LOOP.now)
