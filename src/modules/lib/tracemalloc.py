"""Trace memory allocations: who allocated the live blocks, and how much.

heapscope's version of the module. The traces come from _tracemalloc, which
hooks the private heap's three domains; everything here turns them into
snapshots, statistics and filters the way CPython 3.11's tracemalloc does.
"""

from collections.abc import Iterable, Sequence
from functools import total_ordering
import fnmatch
import linecache

from _tracemalloc import *
from _tracemalloc import _get_object_traceback, _get_traces

_UNITS = ('B', 'KiB', 'MiB', 'GiB', 'TiB')


def _format_size(size, sign):
    # Three significant digits below 100 of a unit (one decimal), four or five
    # below 10 * 1024 of a unit; bytes never get a decimal, TiB always stops.
    sign_flag = '+' if sign else ''
    for unit in _UNITS:
        if unit != 'B' and abs(size) < 100:
            return ('%' + sign_flag + '.1f %s') % (size, unit)
        if unit == 'TiB' or abs(size) < 10 * 1024:
            return ('%' + sign_flag + '.0f %s') % (size, unit)
        size /= 1024


def _average(size, count):
    if count:
        return ", average=%s" % _format_size(size / count, False)
    return ""


class Statistic:
    """Size and count of the live blocks allocated at one traceback."""

    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def _fields(self):
        return (self.traceback, self.size, self.count)

    def __hash__(self):
        return hash(self._fields())

    def __eq__(self, other):
        if isinstance(other, Statistic):
            return self._fields() == other._fields()
        return NotImplemented

    def __str__(self):
        return ("%s: size=%s, count=%i%s"
                % (self.traceback, _format_size(self.size, False), self.count,
                   _average(self.size, self.count)))

    def __repr__(self):
        return ('<Statistic traceback=%r size=%i count=%i>'
                % (self.traceback, self.size, self.count))

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """A Statistic of a new snapshot with its change since an old one."""

    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def _fields(self):
        return (self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def __hash__(self):
        return hash(self._fields())

    def __eq__(self, other):
        if isinstance(other, StatisticDiff):
            return self._fields() == other._fields()
        return NotImplemented

    def __str__(self):
        return ("%s: size=%s (%s), count=%i (%+i)%s"
                % (self.traceback, _format_size(self.size, False),
                   _format_size(self.size_diff, True), self.count, self.count_diff,
                   _average(self.size, self.count)))

    def __repr__(self):
        return ('<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>'
                % (self.traceback, self.size, self.size_diff,
                   self.count, self.count_diff))

    def _sort_key(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count,
                self.traceback)


def _compare_grouped_stats(old_group, new_group):
    # Every group of the new snapshot, with its change; then the groups that
    # only the old one had, now empty.
    diffs = []
    for traceback, stat in new_group.items():
        before = old_group.pop(traceback, None)
        old_size, old_count = (0, 0) if before is None else (before.size, before.count)
        diffs.append(StatisticDiff(traceback, stat.size, stat.size - old_size,
                                   stat.count, stat.count - old_count))
    for traceback, stat in old_group.items():
        diffs.append(StatisticDiff(traceback, 0, -stat.size, 0, -stat.count))
    return diffs


@total_ordering
class Frame:
    """One frame of a traceback: a file name and a line number."""

    __slots__ = ("_frame",)

    def __init__(self, frame):
        self._frame = frame      # (filename, lineno)

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        if isinstance(other, Frame):
            return self._frame == other._frame
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Frame):
            return self._frame < other._frame
        return NotImplemented

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return "%s:%s" % self._frame

    def __repr__(self):
        return "<Frame filename=%r lineno=%r>" % self._frame


@total_ordering
class Traceback(Sequence):
    """The frames of an allocation, the oldest first."""

    __slots__ = ("_frames", '_total_nframe')

    def __init__(self, frames, total_nframe=None):
        Sequence.__init__(self)
        # _tracemalloc lists the most recent frame first; this class the oldest.
        self._frames = tuple(frames[::-1])
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(map(Frame, self._frames[index]))
        return Frame(self._frames[index])

    def __contains__(self, frame):
        return frame._frame in self._frames

    def __hash__(self):
        return hash(self._frames)

    def __eq__(self, other):
        if isinstance(other, Traceback):
            return self._frames == other._frames
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Traceback):
            return self._frames < other._frames
        return NotImplemented

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        total = "" if self._total_nframe is None else f" total_nframe={self._total_nframe}"
        return f"<Traceback {tuple(self)}{total}>"

    def format(self, limit=None, most_recent_first=False):
        if limit is None:
            frames = self
        elif limit > 0:
            frames = self[-limit:]
        else:
            frames = self[:limit]
        if most_recent_first:
            frames = reversed(frames)
        lines = []
        for frame in frames:
            lines.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            source = linecache.getline(frame.filename, frame.lineno).strip()
            if source:
                lines.append('    %s' % source)
        return lines


def get_object_traceback(obj):
    """The Traceback where obj's memory block was allocated, or None when
    tracemalloc did not trace it (or is not tracing)."""
    frames = _get_object_traceback(obj)
    return None if frames is None else Traceback(frames)


class Trace:
    """The trace of one memory block: domain, size and traceback."""

    __slots__ = ("_trace",)

    def __init__(self, trace):
        self._trace = trace      # (domain, size, frames, total_nframe)

    @property
    def domain(self):
        return self._trace[0]

    @property
    def size(self):
        return self._trace[1]

    @property
    def traceback(self):
        return Traceback(*self._trace[2:])

    def __eq__(self, other):
        if isinstance(other, Trace):
            return self._trace == other._trace
        return NotImplemented

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return "%s: %s" % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return ("<Trace domain=%s size=%s, traceback=%r>"
                % (self.domain, _format_size(self.size, False), self.traceback))


class _Traces(Sequence):
    def __init__(self, traces):
        Sequence.__init__(self)
        self._traces = traces

    def __len__(self):
        return len(self._traces)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(map(Trace, self._traces[index]))
        return Trace(self._traces[index])

    def __contains__(self, trace):
        return trace._trace in self._traces

    def __eq__(self, other):
        if isinstance(other, _Traces):
            return self._traces == other._traces
        return NotImplemented

    def __repr__(self):
        return "<Traces len=%s>" % len(self)


def _normalize_filename(filename):
    # os.path.normcase is the identity on POSIX (after os.fspath's type check);
    # compiled files count as their source.
    if not isinstance(filename, (str, bytes)):
        fspath = getattr(type(filename), '__fspath__', None)
        if fspath is None:
            raise TypeError("expected str, bytes or os.PathLike object, not %s"
                            % type(filename).__name__)
        filename = fspath(filename)
    return filename[:-1] if filename.endswith('.pyc') else filename


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    """Keeps (inclusive) or drops the traces whose frame matches a file name
    pattern (fnmatch), and a line number and a domain when given."""

    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False,
                 domain=None):
        super().__init__(inclusive)
        self._filename_pattern = _normalize_filename(filename_pattern)
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _frame_matches(self, filename, lineno):
        if not fnmatch.fnmatch(_normalize_filename(filename), self._filename_pattern):
            return False
        return self.lineno is None or lineno == self.lineno

    def _match_frame(self, filename, lineno):
        return self._frame_matches(filename, lineno) != (not self.inclusive)

    def _match_traceback(self, traceback):
        if not self.all_frames:
            filename, lineno = traceback[0]
            return self._match_frame(filename, lineno)
        found = any(self._frame_matches(filename, lineno) for filename, lineno in traceback)
        return found if self.inclusive else not found

    def _match(self, trace):
        domain, _size, traceback, _total = trace
        matched = self._match_traceback(traceback)
        if self.domain is None:
            return matched
        if self.inclusive:
            return matched and domain == self.domain
        return matched or domain != self.domain


class DomainFilter(BaseFilter):
    """Keeps (inclusive) or drops the traces of one address-space domain."""

    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain

    def _match(self, trace):
        return (trace[0] == self._domain) != (not self.inclusive)


class Snapshot:
    """The traces of the memory blocks live when it was taken."""

    def __init__(self, traces, traceback_limit):
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        """Write the snapshot into a file (needs pickle: not in heapscope)."""
        raise NotImplementedError(
            "Snapshot.dump() needs pickle and a writable file system, which heapscope lacks")

    @staticmethod
    def load(filename):
        """Load a snapshot from a file (needs pickle: not in heapscope)."""
        raise NotImplementedError(
            "Snapshot.load() needs pickle, which heapscope lacks")

    def _filter_trace(self, include_filters, exclude_filters, trace):
        if include_filters and not any(f._match(trace) for f in include_filters):
            return False
        return not any(not f._match(trace) for f in exclude_filters)

    def filter_traces(self, filters):
        """A new Snapshot with the traces the filters keep: any inclusive
        filter may keep a trace, every exclusive filter must let it through.
        An empty list copies the traces."""
        if not isinstance(filters, Iterable):
            raise TypeError("filters must be a list of filters, not %s"
                            % type(filters).__name__)
        if not filters:
            return Snapshot(self.traces._traces.copy(), self.traceback_limit)
        include = [f for f in filters if f.inclusive]
        exclude = [f for f in filters if not f.inclusive]
        kept = [trace for trace in self.traces._traces
                if self._filter_trace(include, exclude, trace)]
        return Snapshot(kept, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        if key_type not in ('traceback', 'filename', 'lineno'):
            raise ValueError("unknown key_type: %r" % (key_type,))
        if cumulative and key_type not in ('lineno', 'filename'):
            raise ValueError("cumulative mode cannot by used with key type %r" % key_type)

        def key_frames(frames):
            if key_type == 'traceback':
                return frames
            if key_type == 'lineno':
                return frames[:1]
            return ((frames[0][0], 0),)

        stats = {}
        keys = {}   # raw frames (or one frame) -> its Traceback key

        def count(raw, frames, size):
            traceback = keys.get(raw)
            if traceback is None:
                traceback = keys[raw] = Traceback(key_frames(frames))
            stat = stats.get(traceback)
            if stat is None:
                stats[traceback] = Statistic(traceback, size, 1)
            else:
                stat.size += size
                stat.count += 1

        for _domain, size, frames, _total in self.traces._traces:
            if cumulative:
                # Each frame of the trace counts it once, repeated frames included.
                for frame in frames:
                    count(frame, (frame,), size)
            else:
                count(frames, frames, size)
        return stats

    def statistics(self, key_type, cumulative=False):
        """Statistic per key_type ('filename', 'lineno' or 'traceback'),
        biggest first."""
        result = list(self._group_by(key_type, cumulative).values())
        result.sort(reverse=True, key=Statistic._sort_key)
        return result

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """StatisticDiff per key_type against old_snapshot, biggest change first."""
        result = _compare_grouped_stats(old_snapshot._group_by(key_type, cumulative),
                                        self._group_by(key_type, cumulative))
        result.sort(reverse=True, key=StatisticDiff._sort_key)
        return result


def take_snapshot():
    """A Snapshot of the traces of the live memory blocks."""
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory "
                           "allocations to take a snapshot")
    return Snapshot(_get_traces(), get_traceback_limit())
