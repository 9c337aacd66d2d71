"""In-memory streams and the io class hierarchy (heapscope's io, in Python).

    io.StringIO     text in memory:   _value (str) + _tail (pending appends)
    io.BytesIO      bytes in memory:  _buf (bytearray)

A StringIO keeps its text as one str plus a list of strings appended since
the last time the text was needed whole: writing at the end (the common
case, print(..., file=buf)) only appends to the list; reading, seeking
back or overwriting joins the list first.

          _value            _tail              _size = len(_value) + len of the tail
    "line 1\\nline 2\\n"  ["line 3", "\\n"]     _pos may pass _size: a write there pads with "\\0"

Classes, messages and the newline handling follow CPython 3.11's _io module
(observed behaviour; the code is heapscope's own). The classes are Python
classes, so sys.getsizeof of a StringIO or BytesIO is not CPython's 136/80.
"""

import abc
import sys

# CPython's names, less the file classes heapscope does not have (FileIO, the
# Buffered* classes, IncrementalNewlineDecoder).
__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase", "BytesIO",
           "StringIO", "BufferedIOBase", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open
BlockingIOError = BlockingIOError


class UnsupportedOperation(OSError, ValueError):
    pass


def text_encoding(encoding, stacklevel=2):
    """The encoding to use when a text file is opened with encoding=None."""
    return "locale" if encoding is None else encoding


def _index(n):
    """n as an int, with the TypeError of an int() conversion (as seek's C code)."""
    if isinstance(n, int):
        return int(n)
    try:
        return n.__index__()
    except AttributeError:
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer") from None


def _size_arg(size):
    """read(size) / readline(size): None or an int; negative means all."""
    if size is None:
        return -1
    if isinstance(size, int):
        return int(size)
    if hasattr(type(size), "__index__"):
        return size.__index__()
    raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")


class _IOBase:
    """The base of every stream: closing, the context manager and line iteration."""

    __module__ = "_io"
    __slots__ = ()
    _closed = False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    @property
    def closed(self):
        return self._closed

    def close(self):
        if not self._closed:
            try:
                self.flush()
            finally:
                self._closed = True

    def flush(self):
        self._checkClosed()

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        self._unsupported("fileno")

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def readlines(self, hint=None):
        hint = _size_arg(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class _RawIOBase(_IOBase):
    __module__ = "_io"
    __slots__ = ()


class _BufferedIOBase(_IOBase):
    __module__ = "_io"
    __slots__ = ()

    def detach(self):
        self._unsupported("detach")


class _TextIOBase(_IOBase):
    __module__ = "_io"
    __slots__ = ()

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


class IOBase(_IOBase, metaclass=abc.ABCMeta):
    __module__ = "io"


class RawIOBase(_RawIOBase, IOBase):
    __module__ = "io"


class BufferedIOBase(_BufferedIOBase, IOBase):
    __module__ = "io"


class TextIOBase(_TextIOBase, IOBase):
    __module__ = "io"


# Newline kinds seen by a universal-newlines StringIO (CPython's seennl bits).
_LF, _CR, _CRLF = 1, 2, 4
_NEWLINES = {0: None, _CR: "\r", _LF: "\n", _CR | _LF: ("\r", "\n"), _CRLF: "\r\n",
             _CR | _CRLF: ("\r", "\r\n"), _LF | _CRLF: ("\n", "\r\n"),
             _CR | _LF | _CRLF: ("\r", "\n", "\r\n")}


def _seen_newlines(s):
    crlf = s.count("\r\n")
    seen = 0
    if crlf:
        seen |= _CRLF
    if s.count("\r") > crlf:
        seen |= _CR
    if s.count("\n") > crlf:
        seen |= _LF
    return seen


class StringIO(_TextIOBase):
    """Text I/O in memory: StringIO(initial_value='', newline='\\n')."""

    __module__ = "_io"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(
                f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._seennl = 0
        self._value = ""
        self._tail = []
        self._size = 0
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def __repr__(self):
        return f"<_io.StringIO object at {hex(id(self))}>"

    def _text(self):
        """The whole text, the pending appends joined in."""
        if self._tail:
            self._value += "".join(self._tail)
            self._tail = []
        return self._value

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    @property
    def closed(self):
        return self._closed

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if self._newline is None or self._newline == "":
            return _NEWLINES[self._seennl]
        return None

    def close(self):
        self._closed = True
        self._value = ""
        self._tail = []

    def flush(self):
        pass

    def getvalue(self):
        self._check()
        return self._text()

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        pos = _index(pos)
        whence = _index(whence)
        self._check()
        if whence not in (0, 1, 2):
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        if whence == 0 and pos < 0:
            raise ValueError(f"Negative seek position {pos}")
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 2:
            pos = self._size
        elif whence == 1:
            pos = self._pos
        self._pos = pos
        return pos

    def write(self, s):
        if s.__class__ is not str and not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        if self._closed:
            raise ValueError("I/O operation on closed file")
        n = len(s)
        if not n:
            return 0
        nl = self._newline
        if nl != "\n":
            if nl is None:
                self._seennl |= _seen_newlines(s)
                if "\r" in s:
                    s = s.replace("\r\n", "\n").replace("\r", "\n")
            elif nl == "":
                self._seennl |= _seen_newlines(s)
            elif "\n" in s:
                s = s.replace("\n", nl)
        pos = self._pos
        if pos == self._size:
            # At the end (print(..., file=buf)): only an append.
            self._tail.append(s)
            self._pos = self._size = pos + len(s)
            return n
        text = self._text()
        if pos > self._size:
            text += "\0" * (pos - self._size)
        self._value = text[:pos] + s + text[pos + len(s):]
        self._pos = pos = pos + len(s)
        if pos > self._size:
            self._size = pos
        return n

    def read(self, size=-1):
        size = _size_arg(size)
        self._check()
        text = self._text()
        start = self._pos
        if start >= self._size:
            return ""
        end = self._size if size < 0 else min(self._size, start + size)
        self._pos = end
        return text[start:end]

    def _line_end(self, text, start, limit):
        """Where the line starting at `start` ends (its newline included), at most `limit`."""
        nl = self._newline
        if nl == "":
            i = start
            while i < limit:
                c = text[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    if i + 1 < limit and text[i + 1] == "\n":
                        return i + 2
                    return i + 1
                i += 1
            return limit
        sep = "\n" if nl is None else nl
        i = text.find(sep, start, limit)
        return limit if i < 0 else min(i + len(sep), limit)

    def readline(self, size=-1):
        size = _size_arg(size)
        self._check()
        text = self._text()
        start = self._pos
        if start >= self._size:
            return ""
        limit = self._size if size < 0 else min(self._size, start + size)
        end = self._line_end(text, start, limit)
        self._pos = end
        return text[start:end]

    def __next__(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")
        if type(self) is not StringIO:
            # A subclass may define readline(): iteration goes through it.
            line = self.readline()
            if not isinstance(line, str):
                raise OSError(f"readline() should have returned a str object, "
                              f"not '{type(line).__name__}'")
            if not line:
                raise StopIteration
            return line
        if self._tail:
            self._text()
        start = self._pos
        size = self._size
        if start >= size:
            raise StopIteration
        text = self._value
        nl = self._newline
        if nl is None or nl == "\n":
            i = text.find("\n", start)
            end = size if i < 0 else i + 1
        else:
            end = self._line_end(text, start, size)
        self._pos = end
        return text[start:end]

    def truncate(self, pos=None):
        self._check()
        if pos is None:
            pos = self._pos
        else:
            pos = _index(pos)
            if pos < 0:
                raise ValueError(f"Negative size value {pos}")
        if pos < self._size:
            self._value = self._text()[:pos]
            self._size = pos
        return pos

    def detach(self):
        self._unsupported("detach")

    def __getstate__(self):
        self._check()
        return (self.getvalue(), self._newline, self._pos, None)


class BytesIO(_BufferedIOBase):
    """Binary I/O in memory: BytesIO(initial_bytes=b'')."""

    __module__ = "_io"

    def __init__(self, initial_bytes=None):
        self._buf = bytearray() if initial_bytes is None else bytearray(_bytes_like(initial_bytes))
        self._pos = 0
        self._closed = False

    def __repr__(self):
        return f"<_io.BytesIO object at {hex(id(self))}>"

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def flush(self):
        self._check()

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos)
        whence = _index(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        self._pos = pos
        return pos

    def write(self, b):
        self._check()
        data = _bytes_like(b)
        n = len(data)
        if not n:
            return 0
        pos = self._pos
        buf = self._buf
        if pos > len(buf):
            buf.extend(bytes(pos - len(buf)))
        buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return b""
        end = len(buf) if size < 0 else min(len(buf), start + size)
        self._pos = end
        return bytes(buf[start:end])

    read1 = read

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return b""
        limit = len(buf) if size < 0 else min(len(buf), start + size)
        i = buf.find(b"\n", start, limit)
        end = limit if i < 0 else i + 1
        self._pos = end
        return bytes(buf[start:end])

    def readinto(self, b):
        self._check()
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    readinto1 = readinto

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _index(size)
            if size < 0:
                raise ValueError(f"negative size value {size}")
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def getbuffer(self):
        raise UnsupportedOperation("getbuffer: heapscope has no memoryview")

    def __getstate__(self):
        self._check()
        return (self.getvalue(), self._pos, None)


def _bytes_like(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")


TextIOWrapper = type(sys.__stdout__)

BufferedIOBase.register(BytesIO)
TextIOBase.register(StringIO)
TextIOBase.register(TextIOWrapper)
