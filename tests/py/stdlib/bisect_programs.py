# bisect in ordinary programs: grades by breakpoints, a sorted list kept
# sorted, range counts, keyed records, a time series lookup.
import bisect


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])

items = []
for x in [7, 3, 9, 3, 1, 8, 3, 10, 0]:
    bisect.insort(items, x)
print(items)


def count_between(a, lo, hi):
    return bisect.bisect_right(a, hi) - bisect.bisect_left(a, lo)


print(count_between(items, 3, 8), count_between(items, 4, 6), count_between(items, -5, 100))


def index(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f"{x} not in list")


print(index(items, 8))
try:
    index(items, 4)
except ValueError as e:
    print("ValueError:", e)

movies = [("Jaws", 1975), ("Titanic", 1997), ("Alien", 1979), ("Heat", 1995), ("Up", 2009)]
movies.sort(key=lambda m: m[1])
years = lambda m: m[1]
print(movies[bisect.bisect_left(movies, 1980, key=years):])
bisect.insort(movies, ("Fargo", 1996), key=years)
bisect.insort_left(movies, ("Se7en", 1995), key=years)
bisect.insort_right(movies, ("Casino", 1995), key=years)
print(movies)

times = [0.0, 1.5, 3.0, 4.5, 6.0]
values = ["a", "b", "c", "d", "e"]


def at(t):
    i = bisect.bisect_right(times, t) - 1
    return values[i] if i >= 0 else None


print([at(t) for t in [-1, 0, 1.4, 1.5, 5.9, 100]])
data = list(range(0, 100, 5))
print(bisect.bisect_left(data, 42, 3, 10), bisect.bisect_right(data, 45, lo=9), bisect.bisect(data, 45, hi=5))
part = [1, 2, 3, 10, 11]
bisect.insort_left(part, 5, 1, 3)
print(part)
for bad in [lambda: bisect.bisect([1, 2], 1, -2), lambda: bisect.insort([1, "x"], 2), lambda: bisect.bisect(None, 1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
