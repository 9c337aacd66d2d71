# tracemalloc's argument errors: filter patterns of the wrong type, filters that are not a list, key types.
import tracemalloc
for pat in (5, b'x.py', None):
    try:
        tracemalloc.Filter(True, pat)
    except TypeError as e:
        print(type(e).__name__, e)
f = tracemalloc.Filter(True, 'a.py')
try:
    tracemalloc.Snapshot([], 1).filter_traces(f)
except TypeError as e:
    print(e)
print(tracemalloc.Snapshot([], 1).statistics('filename'), tracemalloc.Snapshot([], 1).compare_to(tracemalloc.Snapshot([], 1), 'lineno'))
try:
    tracemalloc.Snapshot([], 1).statistics('filename', cumulative=1)
    tracemalloc.Snapshot([], 1).statistics('traceback', cumulative=1)
except ValueError as e:
    print(e)
