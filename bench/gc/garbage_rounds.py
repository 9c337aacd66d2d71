# Garbage cycles collected in a fresh process, four rounds: create a million lists in pairs,
# then time gc.collect(). Run by hand with python3 and heapscope (see bench/RESULTS.md, gc).
import gc, time
N = 1_000_000
gc.disable()
for r in range(4):
    for _ in range(N // 2):
        a = []
        b = [a]
        a.append(b)
    del a, b
    t0 = time.perf_counter()
    found = gc.collect()
    t1 = time.perf_counter()
    print(f"round {r}: {(t1 - t0) / found * 1e9:.1f} ns per garbage object ({found} found)")
