# collections in practice.
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict
words = "the quick brown the lazy the end".split()
print(Counter(words).most_common(2), Counter("aab") + Counter("bcc"))
graph = defaultdict(set)
for a, b in [("a", "b"), ("b", "c"), ("a", "c")]:
    graph[a].add(b); graph[b].add(a)
print({k: sorted(v) for k, v in sorted(graph.items())})
seen, todo, order = {"a"}, deque(["a"]), []
while todo:
    n = todo.popleft(); order.append(n)
    for m in sorted(graph[n]):
        if m not in seen:
            seen.add(m); todo.append(m)
print(order)
Emp = namedtuple("Emp", "name dept salary")
staff = [Emp("a", "x", 10), Emp("b", "y", 20), Emp("c", "x", 30)]
print(max(staff, key=lambda e: e.salary).name, Emp._make(["d", "z", 1]), staff[0]._asdict())
recent = deque(maxlen=3)
for i in range(6): recent.append(i)
print(recent, OrderedDict(sorted({"b": 2, "a": 1}.items())))
