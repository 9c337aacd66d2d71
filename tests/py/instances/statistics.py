# Per-line statistics of instance allocations (only this file's lines): the
# values arrays are traced where the instances are made, the attribute
# stores in __init__ allocate nothing, and __slots__ instances have no values.
import tracemalloc

warm = [[{}, (i,), (i, i)] for i in range(100)]
del warm
tracemalloc.start()


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


pts = [Point(i, i + 1) for i in range(100)]
for p in pts[::10]:
    p.z = 0


class Slot:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1
        self.b = 2


sl = [Slot() for _ in range(50)]
d = pts[0].__dict__
snap = tracemalloc.take_snapshot()
for st in snap.statistics('lineno'):
    line = st.traceback[0].lineno
    if st.traceback[0].filename == __file__ and line not in (11, 22):
        print(line, st.size, st.count)
