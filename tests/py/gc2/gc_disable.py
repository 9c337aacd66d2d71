# gc.disable stops automatic collection but not gc.collect().
import gc
class C:
    pass
gc.collect()
gc.disable()
for _ in range(2000):
    c = C(); c.me = c
print(gc.isenabled(), gc.get_count()[0] > 700)
print("collected", gc.collect() >= 2000)
gc.enable()
