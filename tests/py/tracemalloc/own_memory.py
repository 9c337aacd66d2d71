# get_tracemalloc_memory(): CPython's hash-table sizes as traces come and go.
import tracemalloc
tracemalloc.start()
m0 = tracemalloc.get_tracemalloc_memory()
xs = [bytes(100 + i) for i in range(200)]
m1 = tracemalloc.get_tracemalloc_memory()
n1 = len(tracemalloc._get_traces())
del xs
m2 = tracemalloc.get_tracemalloc_memory()
n2 = len(tracemalloc._get_traces())
print(m0, m1, n1, m2, n2)
tracemalloc.clear_traces()
print(tracemalloc.get_tracemalloc_memory())
