# time: the clocks move forward and sleep waits; bad arguments raise CPython's errors.
import time
t0 = time.perf_counter(); time.sleep(0.05); t1 = time.perf_counter()
print(0.04 < t1 - t0 < 1.0, type(time.time()), type(time.time_ns()), time.monotonic() <= time.monotonic())
for bad in (-1, "x"):
    try: time.sleep(bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
