import heapq, bisect, random
random.seed(5)
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 3, 0, 6]:
    heapq.heappush(h, x)
    print(h)
while h:
    print(heapq.heappop(h), h)
data = [random.randrange(50) for _ in range(30)]
h = data[:]
heapq.heapify(h)
print(h)
print(heapq.heapreplace(h, 25), h)
print(heapq.heappushpop(h, 1), h)
print(heapq.heappushpop(h, 40), h)
print(heapq.nlargest(5, data), heapq.nsmallest(5, data))
print(heapq.nlargest(3, data, key=lambda v: -v), heapq.nsmallest(3, iter(data), key=lambda v: v % 7))
print(heapq.nlargest(1, data), heapq.nsmallest(0, data), heapq.nsmallest(100, data)[:5])
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [], [0, 11])))
print(list(heapq.merge([9, 4, 1], [10, 3], reverse=True)))
print(list(heapq.merge(["bb", "a"], ["ccc", "dd"], key=len, reverse=True)))
pairs = [(1, "b"), (1, "a"), (0, "z")]
heapq.heapify(pairs); print(pairs)
for bad in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapify("ab"), lambda: heapq.heappop(None)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
a = [1, 2, 2, 2, 5, 8]
for x in [0, 2, 3, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x), bisect.bisect_left(a, x, 2, 4))
b = []
for x in [5, 1, 4, 1, 5, 9]:
    bisect.insort(b, x)
bisect.insort_left(b, 4)
print(b)
recs = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("e", 3), key=lambda r: r[1]); print(recs)
bisect.insort_left(recs, ("f", 3), key=lambda r: r[1]); print(recs)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print(e)
print(bisect.bisect_right(a, 2, hi=2))
