# Snapshot, Statistic, StatisticDiff, Traceback, Frame, Trace and the filters on
# hand-made traces: everything tracemalloc.py computes, independent of what the
# runtime allocates.
import tracemalloc
from tracemalloc import Snapshot, Filter, DomainFilter, Frame, Traceback

A = 'pkg/a.py'
B = 'pkg/b.py'
C = 'other/c.pyc'
raw = [
    (0, 100, ((A, 10), (B, 3)), 2),
    (0, 200, ((A, 10), (B, 3)), 2),
    (0, 50, ((A, 11), (B, 3)), 2),
    (0, 4000, ((B, 7),), 1),
    (1, 12345, ((C, 1), (A, 10)), 5),
    (0, 7, ((B, 3), (B, 3)), 2),
    (2, 2 ** 31, ((A, 12),), 1),
]
old_raw = [
    (0, 100, ((A, 10), (B, 3)), 2),
    (0, 999, ((A, 99),), 1),
    (0, 4000, ((B, 7),), 1),
    (0, 4000, ((B, 7),), 1),
]
snap = Snapshot(raw, 2)
old = Snapshot(old_raw, 2)

for key in ('lineno', 'filename', 'traceback'):
    print('--', key)
    for s in snap.statistics(key):
        print(s)
        print(repr(s))
for key in ('lineno', 'filename'):
    print('-- cumulative', key)
    for s in snap.statistics(key, cumulative=True):
        print(s)
for key in ('lineno', 'filename', 'traceback'):
    print('-- compare', key)
    for d in snap.compare_to(old, key):
        print(d)
        print(repr(d))
print('-- compare cumulative')
for d in snap.compare_to(old, 'filename', cumulative=True):
    print(d)

for bad in (('files', False), ('traceback', True)):
    try:
        snap.statistics(*bad)
    except ValueError as e:
        print('ValueError:', e)

print('-- filters')
def show(filters):
    kept = snap.filter_traces(filters)
    print(len(kept.traces), [t.size for t in kept.traces], kept.traceback_limit)

show([])
show([Filter(True, 'pkg/*')])
show([Filter(False, 'pkg/*')])
show([Filter(True, 'pkg/*', all_frames=True)])
show([Filter(False, 'pkg/b.py', all_frames=True)])
show([Filter(True, A, lineno=10)])
show([Filter(False, A, lineno=10)])
show([Filter(True, 'other/c.py')])
show([Filter(True, '*', domain=1)])
show([Filter(False, '*', domain=0)])
show([Filter(False, 'pkg/a.py', domain=2)])
show([DomainFilter(True, 0)])
show([DomainFilter(False, 0)])
show([Filter(True, 'pkg/a.py'), Filter(True, 'pkg/b.py'), Filter(False, A, lineno=11)])
show((f for f in [Filter(True, B)]))
try:
    snap.filter_traces(3)
except TypeError as e:
    print('TypeError:', e)
f = Filter(True, 'x.pyc', 4, True, 1)
print(f.inclusive, f.filename_pattern, f.lineno, f.all_frames, f.domain)
d = DomainFilter(False, 3)
print(d.inclusive, d.domain)
try:
    d.domain = 4
except AttributeError as e:
    print('AttributeError')

print('-- traces')
tr = snap.traces
print(len(tr), repr(tr))
t = tr[0]
print(t.domain, t.size, repr(t.traceback), t.traceback.total_nframe)
print(str(t))
print(repr(t))
print(tr[1:3])
print(t in tr, tracemalloc.Trace((9, 9, ((A, 1),), 1)) in tr)
print(t == tr[0], t != tr[1], hash(t) == hash(tr[0]))
print(snap.traces == Snapshot(list(raw), 1).traces)

print('-- traceback and frame')
tb = Traceback(((A, 10), (B, 3), (C, 7)), 9)
print(len(tb), tb[0], tb[-1], repr(tb[1]), tb[0:2], repr(tb))
print(str(tb), tb.total_nframe, Traceback(((A, 1),)).total_nframe)
print(Frame((A, 10)) in tb, Frame((A, 11)) in tb)
print(tb == Traceback(((A, 10), (B, 3), (C, 7))), tb < Traceback(((A, 10), (B, 4), (C, 7))))
print(sorted([Frame((B, 2)), Frame((A, 9)), Frame((A, 1))]))
fr = Frame((A, 10))
print(fr.filename, fr.lineno, str(fr), repr(fr), fr == Frame((A, 10)), fr >= Frame((A, 2)))
print(Frame((A, 1)).__eq__(3), Traceback(((A, 1),)).__lt__(3))
print(list(reversed(tb)), tb.index(Frame((B, 3))), tb.count(Frame((A, 10))))

here = __file__
src = Traceback(((here, 5), (here, 4), (here, 3)))
for args in ((), (1,), (-1,), (2,), (0,)):
    print(args, src.format(*args))
print(src.format(most_recent_first=True))
print(src.format(limit=2, most_recent_first=True))
print(Traceback(((here, 10000),)).format())

print('-- sizes')
from tracemalloc import _format_size
for n in (0, 1, 99, 100, 1023, 1024, 10239, 10240, 102399, 102400, 10 * 1024 * 1024,
          2 ** 40, 2 ** 50, 5 * 2 ** 60, -5, -2048, -10 ** 6, 1536.4, 99.95 * 1024):
    print(n, repr(_format_size(n, False)), repr(_format_size(n, True)))

print('-- statistic objects')
s = tracemalloc.Statistic(tb, 10, 0)
print(s, s == tracemalloc.Statistic(tb, 10, 0), s.__eq__(1), hash(s) == hash(tracemalloc.Statistic(tb, 10, 0)))
sd = tracemalloc.StatisticDiff(tb, 0, -10, 0, -1)
print(sd)
print(sd == tracemalloc.StatisticDiff(tb, 0, -10, 0, -1), sd.__eq__(None))
print(sorted([s, tracemalloc.Statistic(tb, 20, 1)], key=tracemalloc.Statistic._sort_key))
try:
    snap.dump
    print('dump exists')
except AttributeError:
    print('no dump')
