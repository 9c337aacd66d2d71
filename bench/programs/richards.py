# A richards-like scheduler: classes with inheritance, attribute access,
# method calls and linked packet queues, all deterministic.


class Packet:
    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner
        self.kind = kind
        self.datum = 0
        self.data = [0, 0, 0, 0]


def append(packet, queue):
    packet.link = None
    if queue is None:
        return packet
    p = queue
    while p.link is not None:
        p = p.link
    p.link = packet
    return queue


class Task:
    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.suspended = queue is None

    def receive(self, packet):
        self.queue = append(packet, self.queue)
        self.suspended = False

    def next_packet(self):
        p = self.queue
        if p is not None:
            self.queue = p.link
            p.link = None
        return p


class Idle(Task):
    def __init__(self, sched, count):
        super().__init__(sched, 0, 0, None)
        self.seed = 1
        self.count = count
        self.suspended = False

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            self.sched.stop = True
            return
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            self.sched.wake(4)
        else:
            self.seed >>= 1
            self.sched.wake(5)


class Worker(Task):
    def __init__(self, sched, queue):
        super().__init__(sched, 1, 1000, queue)
        self.dest = 2
        self.letter = 0

    def run(self, packet):
        if packet is None:
            self.suspended = True
            return
        self.dest = 3 if self.dest == 2 else 2
        for i in range(4):
            self.letter = self.letter + 1 if self.letter < 26 else 1
            packet.data[i] = self.letter
        self.sched.send(packet, self.dest)


class Handler(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == 1:
                self.work = append(packet, self.work)
            else:
                self.devices = append(packet, self.devices)
        w = self.work
        if w is None:
            self.suspended = True
            return
        if w.datum >= 4:
            self.work = w.link
            self.sched.send(w, 1)
            return
        d = self.devices
        if d is None:
            self.suspended = True
            return
        self.devices = d.link
        d.datum = w.data[w.datum]
        w.datum += 1
        self.sched.send(d, self.ident + 2)


class Device(Task):
    def __init__(self, sched, ident, priority):
        super().__init__(sched, ident, priority, None)

    def run(self, packet):
        if packet is None:
            self.suspended = True
            return
        self.sched.count += packet.datum
        self.sched.send(packet, self.ident - 2)


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.stop = False
        self.count = 0
        self.sends = 0

    def add(self, task):
        self.tasks[task.ident] = task

    def wake(self, ident):
        self.tasks[ident].suspended = False

    def send(self, packet, ident):
        self.sends += 1
        if packet.kind == 1:
            packet.datum = 0
        self.tasks[ident].receive(packet)

    def run(self):
        order = sorted(self.tasks, key=lambda t: -t.priority)
        steps = 0
        while not self.stop:
            for t in order:
                if not t.suspended:
                    t.run(t.next_packet())
                    steps += 1
                    break
        return steps


def main(rounds):
    total = 0
    for _ in range(rounds):
        s = Scheduler()
        s.add(Idle(s, 10000))
        work = Packet(Packet(None, 0, 1), 0, 1)
        s.add(Worker(s, work))
        for ident, prio in ((2, 2000), (3, 3000)):
            q = Packet(Packet(Packet(None, ident, 2), ident, 2), ident, 2)
            s.add(Handler(s, ident, prio, q))
        s.add(Device(s, 4, 4000))
        s.add(Device(s, 5, 5000))
        total += s.run() + s.sends + s.count
    print(total)


main(15)
