# description: two instances in a cycle count 4 in gc.collect() where CPython 3.11 counts 2.
# cause: CPython 3.11 keeps instance attributes in an inline values array and creates the
#   __dict__ object only when it is asked for; heapscope always creates the dict object, so
#   each instance brings its dict into the cycle (after touching a.__dict__ CPython also says 4).
# workaround: touch obj.__dict__ in both interpreters before comparing counts.
# issue: 4 (instance layout) / 5 (gc)
import gc

class A:
    pass

gc.collect()
a = A()
b = A()
a.other = b
b.other = a
del a, b
print("collected:", gc.collect())
