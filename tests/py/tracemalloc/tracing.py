# Real tracing: what the traces say about blocks this program allocates, through
# the public API. Only this file's frames are printed (tracemalloc.py's own lines
# differ between implementations).
import sys
import tracemalloc

print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
# Fill the list free list with untraced lists, so that both runtimes reuse one
# below (what their start-up left there differs).
warm = [[] for _ in range(100)]
del warm
tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())

big = bytes(100000)
blocks = [bytearray(2000) for _ in range(50)]
text = 'x' * 70000


def mine(snapshot):
    return snapshot.filter_traces([tracemalloc.Filter(True, __file__)])


snap = mine(tracemalloc.take_snapshot())
for stat in snap.statistics('lineno')[:3]:
    print(stat)

current, peak = tracemalloc.get_traced_memory()
print(current >= 100033 + 70049, peak >= current)

del big
after = mine(tracemalloc.take_snapshot())
for diff in after.compare_to(snap, 'lineno'):
    if diff.traceback[0].lineno < 17:
        print(diff)
cur2, peak2 = tracemalloc.get_traced_memory()
print(current - cur2 >= 100033, peak2 >= peak)
tracemalloc.reset_peak()
cur3, peak3 = tracemalloc.get_traced_memory()
print(peak3 == cur3)

# get_object_traceback: bytes, tuples and __slots__ instances are found; instances
# of ordinary classes are not in 3.11 (their block starts before the GC header).
class Plain:
    pass


class Slotted:
    __slots__ = ('a',)


t = tuple(range(1000, 1025))   # longer than the tuple free lists
objs = [bytes(600), t, Slotted(), Plain(), [1, 2, 3]]
for o in objs:
    tb = tracemalloc.get_object_traceback(o)
    print(type(o).__name__, None if tb is None else (tb[0].lineno, len(tb), tb.total_nframe))
print(tracemalloc.get_object_traceback(None), tracemalloc.get_object_traceback(5))


def leaf(n):
    return bytes(n)


def middle(n):
    return leaf(n)


tracemalloc.stop()
print(tracemalloc.get_traced_memory(), tracemalloc.is_tracing())
print(tracemalloc.get_object_traceback(t))
tracemalloc.start(4)
kept = middle(30000)
tb = tracemalloc.get_object_traceback(kept)
print(len(tb), tb.total_nframe)
for line in tb.format():
    print(line)
print(tb.format(limit=1, most_recent_first=True))
snap = tracemalloc.take_snapshot()
print(snap.traceback_limit)
mine4 = snap.filter_traces([tracemalloc.Filter(True, __file__, all_frames=True)])
for stat in mine4.statistics('traceback')[:1]:
    print(stat)
    for line in stat.traceback.format():
        print(line)
for stat in mine4.statistics('lineno', cumulative=True)[:3]:
    print(stat)
tracemalloc.start(9)
print(tracemalloc.get_traceback_limit())
tracemalloc.clear_traces()
print(tracemalloc.get_traced_memory(), tracemalloc.is_tracing())
print(len(tracemalloc.take_snapshot().traces) < 5)
tracemalloc.stop()
print(tracemalloc.get_traceback_limit(), tracemalloc._get_traces())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print('RuntimeError:', e)
for args in (('x',), (0,), (65536,), (2 ** 70,), (1.5,), (1, 2)):
    try:
        tracemalloc.start(*args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
    tracemalloc.stop()
try:
    tracemalloc.start(nframe=2)
except TypeError as e:
    print('TypeError', e)
try:
    tracemalloc.get_traced_memory(1)
except TypeError as e:
    print('TypeError', e)
print(tracemalloc.get_tracemalloc_memory())
