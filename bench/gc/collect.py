# The cost of the cycle collector per object: a full collection over a million
# live tracked objects, and the reclaiming of a million objects in garbage cycles.
import gc
import time

N = 1_000_000
gc.disable()
gc.collect()

live = [[] for _ in range(N)]
gc.collect()
t0 = time.perf_counter()
gc.collect()
t1 = time.perf_counter()
print(f"live: {(t1 - t0) / N * 1e9:.1f} ns per live object")
del live
gc.collect()

for _ in range(N // 2):
    a = []
    b = [a]
    a.append(b)
del a, b
t0 = time.perf_counter()
found = gc.collect()
t1 = time.perf_counter()
print(f"garbage: {(t1 - t0) / found * 1e9:.1f} ns per garbage object ({found} found)")
