# gc.callbacks, DEBUG_SAVEALL and gc.garbage, freeze.
import gc

log = []
def cb(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"]))

gc.collect()
gc.callbacks.append(cb)
l = []
l.append(l)
del l
gc.collect()
gc.collect(0)
gc.callbacks.remove(cb)
for entry in log:
    print(entry)

gc.set_debug(gc.DEBUG_SAVEALL)
m = []
m.append(m)
del m
print(gc.collect(), len(gc.garbage), gc.garbage[0][0] is gc.garbage[0])
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())

print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
n = []
n.append(n)
gc.freeze()
del n
print(gc.collect(), gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count(), gc.collect())

def boom(phase, info):
    raise RuntimeError("in callback")
gc.callbacks.append(boom)
gc.collect()
gc.callbacks.clear()
print("done")
