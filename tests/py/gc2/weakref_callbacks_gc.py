# A weakref callback runs when the collector frees a cycle; a weakref inside the cycle never calls.
import gc, weakref
log = []
class A: pass
a = A(); b = A()
a.b = b; b.a = a
wa = weakref.ref(a, lambda r: log.append("a gone"))
b.inner = weakref.ref(b, lambda r: log.append("never"))
del a, b
print(log)
gc.collect()
print(log, wa())
