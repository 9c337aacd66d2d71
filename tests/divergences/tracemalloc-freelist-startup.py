# description: a line that makes floats (or small tuples, lists, dicts) counts a few more or fewer traced blocks than under python3.
# cause: CPython reuses objects its start-up left on the free lists; those blocks were
#   allocated before tracing began, so their reuse allocates nothing traced. heapscope's
#   start-up leaves its free lists in another state.
# workaround: make and drop a few such objects before tracemalloc.start() (both free
#   lists then hold untraced objects), or compare snapshots taken after start().
# issue: tracemalloc (docs/tracemalloc.md)
import tracemalloc

tracemalloc.start()
floats = [i * 0.5 for i in range(100)]
snap = tracemalloc.take_snapshot()
for stat in snap.statistics('lineno'):
    if stat.traceback[0].filename == __file__:
        print(stat.traceback[0].lineno, stat.count)
