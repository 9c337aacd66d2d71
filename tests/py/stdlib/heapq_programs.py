# heapq in ordinary programs: a priority queue with tie-breaking counters,
# Dijkstra's shortest paths, top-k, merging sorted runs, objects with __lt__.
import heapq
import itertools
import random


class TaskQueue:
    def __init__(self):
        self._heap = []
        self._count = itertools.count()

    def push(self, priority, task):
        heapq.heappush(self._heap, (priority, next(self._count), task))

    def pop(self):
        priority, _, task = heapq.heappop(self._heap)
        return priority, task

    def __len__(self):
        return len(self._heap)


q = TaskQueue()
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship"), (2, "test")]:
    q.push(prio, name)
print(q._heap)
print([q.pop() for _ in range(len(q))])

graph = {
    "A": {"B": 4, "C": 2},
    "B": {"C": 5, "D": 10},
    "C": {"E": 3},
    "D": {"F": 11},
    "E": {"D": 4},
    "F": {},
}


def dijkstra(start):
    dist = {start: 0}
    heap = [(0, start)]
    order = []
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist.get(node, float("inf")):
            continue
        order.append(node)
        for nxt, w in graph[node].items():
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                heapq.heappush(heap, (nd, nxt))
    return dist, order


print(dijkstra("A"))

random.seed(11)
scores = [random.randint(0, 1000) for _ in range(200)]
print(heapq.nlargest(10, scores))
print(heapq.nsmallest(10, scores))
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len))
print(heapq.nsmallest(4, enumerate(scores), key=lambda p: p[1]))

runs = [sorted(random.sample(range(100), 8)) for _ in range(4)]
merged = list(heapq.merge(*runs))
print(merged == sorted(itertools.chain(*runs)), merged[:12])
print(list(heapq.merge(["apple", "fig"], ["banana", "kiwi"], key=len)))


class Job:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost

    def __lt__(self, other):
        return self.cost < other.cost

    def __repr__(self):
        return f"Job({self.name}, {self.cost})"


jobs = [Job(n, c) for n, c in [("a", 5), ("b", 1), ("c", 3), ("d", 1), ("e", 4)]]
heapq.heapify(jobs)
print(jobs)
print(heapq.heappushpop(jobs, Job("f", 0)), heapq.heapreplace(jobs, Job("g", 9)), jobs)
print([heapq.heappop(jobs).name for _ in range(len(jobs))])

# A running median with two heaps.
low, high = [], []
medians = []
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    if not low or x <= -low[0]:
        heapq.heappush(low, -x)
    else:
        heapq.heappush(high, x)
    if len(low) > len(high) + 1:
        heapq.heappush(high, -heapq.heappop(low))
    elif len(high) > len(low):
        heapq.heappush(low, -heapq.heappop(high))
    medians.append(-low[0] if len(low) > len(high) else (-low[0] + high[0]) / 2)
print(medians, low, high)
try:
    heapq.heappush([1, "a"], 2)
    heapq.heapify([1, "a", None])
except TypeError as e:
    print("TypeError:", e)
