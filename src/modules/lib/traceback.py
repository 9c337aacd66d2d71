"""Extracting, formatting and printing tracebacks (heapscope's traceback, in Python).

The text is the one heapscope prints for an uncaught exception: every entry
("  File ..., line N, in f", the source line, the carets), the chained
reports and the exception's last line come from the runtime's own report
(the native _traceback module over vm/traceback.ts), so print_exc() and
an uncaught exception cannot differ. This module arranges the pieces:

    format_exception(exc)  ->  _traceback.format_exception: [chained reports...,
                               "Traceback (most recent call last):\\n", entry, entry,
                               "ValueError: x\\n"]
    extract_tb(tb)         ->  StackSummary([FrameSummary, ...]) each holding its entry text
    StackSummary.format()  ->  the entry texts, repeats folded by _traceback.fold

Written from CPython 3.11's documented and observed behaviour.
"""

import sys
import linecache
import _traceback

__all__ = ["extract_stack", "extract_tb", "format_exception",
           "format_exception_only", "format_list", "format_stack",
           "format_tb", "print_exc", "format_exc", "print_exception",
           "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "TracebackException",
           "walk_stack", "walk_tb"]


class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    """The (value, tb) to report: print_exception(exc) or the old (type, value, tb) form."""
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
        return None, None
    return value, tb


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f"<{what} {func.__name__}() failed>"


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, "exception")
    if value is None or not valuestr:
        return f"{etype}\n"
    return f"{etype}: {valuestr}\n"


def _exception_lines(value, tb, limit, chain):
    if isinstance(value, BaseException):
        return _traceback.format_exception(value, tb, limit, chain)
    # Not an exception object (format_exception(None), or a value of the old API).
    return [_format_final_exc_line(type(value).__qualname__, _safe_string(value, "exception"))]


def _print_lines(lines, file):
    if file is None:
        file = sys.stderr
    for line in lines:
        print(line, file=file, end="")


# --- exceptions -------------------------------------------------------------

def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Prints the exception and its traceback (and its chain) to file, sys.stderr by default."""
    value, tb = _parse_value_tb(exc, value, tb)
    _print_lines(_exception_lines(value, tb, limit, chain), file)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines print_exception would print, as a list of strings ending in newlines."""
    value, tb = _parse_value_tb(exc, value, tb)
    return _exception_lines(value, tb, limit, chain)


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of the report: "ValueError: x\\n" (and the notes, or a SyntaxError's lines)."""
    if value is _sentinel:
        value = exc
    if isinstance(value, BaseException):
        return _traceback.format_exception_only(value)
    return [_format_final_exc_line(type(value).__qualname__, _safe_string(value, "exception"))]


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled (sys.exc_info())."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Prints sys.last_value (the last uncaught exception of an interactive session)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


# --- tracebacks and stacks --------------------------------------------------

def extract_tb(tb, limit=None):
    """The entries of a traceback, oldest first, as a StackSummary."""
    return StackSummary._from_entries(_traceback.extract_tb(tb, limit))


def format_tb(tb, limit=None):
    """The entries of a traceback as strings (print_tb's lines)."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Prints the entries of a traceback."""
    print_list(extract_tb(tb, limit=limit), file=file)


def extract_stack(f=None, limit=None):
    """The current stack (or f's), outermost frame first, as a StackSummary."""
    if f is None:
        f = sys._getframe().f_back
    frames = [frame for frame, _ in walk_stack(f)]
    if limit is not None:
        frames = frames[:limit] if limit >= 0 else frames[limit:]
    frames.reverse()
    return StackSummary._from_entries([_traceback.extract_frame(frame) for frame in frames])


def format_stack(f=None, limit=None):
    """The stack's entries as strings."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Prints the stack where it is called (or from frame f)."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_list(extracted_list):
    """Entries as strings, from a list of FrameSummary objects or 4-tuples."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Prints the entries of a list of FrameSummary objects or 4-tuples."""
    _print_lines(StackSummary.from_list(extracted_list).format(), file)


def walk_stack(f):
    """Yields (frame, lineno) from f (default: the caller's frame) to the outermost."""
    if f is None:
        f = sys._getframe().f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yields (frame, lineno) for each entry of a traceback."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def clear_frames(tb):
    """Clears the locals of the frames of a traceback."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        except AttributeError:
            pass
        tb = tb.tb_next


class FrameSummary:
    """One entry of a traceback or stack: filename, lineno, name, line
    (the stripped source line), the columns, and the locals' reprs when
    captured. It compares equal to the tuple (filename, lineno, name, line)."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno",
                 "name", "_line", "locals", "_text")

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self._text = None
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


class StackSummary(list):
    """A list of FrameSummary objects, ready to format."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Builds a summary from (frame, lineno) pairs (walk_stack / walk_tb)."""
        pairs = list(frame_gen)
        if limit is not None:
            pairs = pairs[:limit] if limit >= 0 else pairs[limit:]
        result = klass()
        for f, lineno in pairs:
            co = f.f_code
            result.append(FrameSummary(
                co.co_filename, lineno, co.co_name, lookup_line=lookup_lines,
                locals=f.f_locals if capture_locals else None))
        return result

    @classmethod
    def _from_entries(klass, entries):
        """From _traceback's (filename, lineno, name, text, positions) tuples."""
        result = klass()
        for filename, lineno, name, text, (lno, end_lineno, colno, end_colno) in entries:
            fs = FrameSummary(filename, lineno, name, lookup_line=False,
                              end_lineno=end_lineno, colno=colno, end_colno=end_colno)
            fs._text = text
            result.append(fs)
        return result

    @classmethod
    def from_list(klass, a_list):
        """From FrameSummary objects or (filename, lineno, name, line) tuples."""
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one entry."""
        if frame_summary._text is not None and not frame_summary.locals:
            return frame_summary._text
        row = [f'  File "{frame_summary.filename}", line {frame_summary.lineno}, '
               f'in {frame_summary.name}\n']
        if frame_summary.line:
            row.append(f"    {frame_summary.line.strip()}\n")
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append(f"    {name} = {value}\n")
        return "".join(row)

    def format(self):
        """The entries as strings, a run of more than three identical ones folded."""
        return _traceback.fold([(fs.filename, fs.lineno, fs.name, self.format_frame_summary(fs))
                                for fs in self])


class TracebackException:
    """An exception ready to be formatted: its type, its message, its stack
    (a StackSummary) and its cause and context as TracebackExceptions.
    heapscope keeps the exception object itself to format it (CPython keeps
    only what it extracted)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._exc = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.stack = StackSummary._from_entries(_traceback.extract_tb(exc_traceback, limit))
        self._str = _safe_string(exc_value, "exception")
        self.__notes__ = getattr(exc_value, "__notes__", None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.__cause__ = self.__context__ = None
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        if exc_value is not None:
            for attr in ("__cause__", "__context__"):
                e = getattr(exc_value, attr)
                if e is not None and id(e) not in _seen:
                    setattr(self, attr, TracebackException(
                        type(e), e, e.__traceback__, limit=limit, lookup_lines=lookup_lines,
                        capture_locals=capture_locals, _seen=_seen))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException of an exception object."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yields the last lines of the report."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        yield from format_exception_only(self._exc)

    def format(self, *, chain=True, _ctx=None):
        """Yields the report piece by piece, as format_exception lists it."""
        if not isinstance(self._exc, BaseException):
            yield from self.format_exception_only()
            return
        yield from _traceback.format_exception(self._exc, self._tb, self._limit, chain)

    def print(self, *, file=None, chain=True):
        """Prints the report to file (sys.stderr by default)."""
        _print_lines(self.format(chain=chain), file)
