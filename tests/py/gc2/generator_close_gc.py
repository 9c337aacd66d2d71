# A generator that holds itself is closed by the collector (its finally runs).
import gc
def worker():
    me = yield
    try:
        yield "working"
    finally:
        print("worker cleaned up")
w = worker(); next(w); print(w.send(w))
del w
print("collect:", gc.collect() >= 1)
