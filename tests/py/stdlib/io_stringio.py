# io.StringIO: reading, writing, seeking, newline handling, print(file=) and redirect_stdout.
import io
import sys
from contextlib import redirect_stdout, redirect_stderr


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


buf = io.StringIO()
print("hello", 42, [1, 2], sep=", ", end="!\n", file=buf)
print("second line", file=buf)
print(repr(buf.getvalue()), buf.tell())
with redirect_stdout(io.StringIO()) as out:
    print("captured")
    print("more", 1.5)
    help_text = "x"
print("got", repr(out.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))

s = io.StringIO("line one\nline two\n\nlast")
print(s.tell(), repr(s.readline()), s.tell())
print(repr(s.read(4)), repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
print(s.readlines(10))
s.seek(0)
print([l for l in s])
s.seek(5)
print(repr(s.read()), repr(s.read()), s.tell())
s.seek(0)
print(repr(s.readline(3)), repr(s.readline(0)), repr(s.readline(-1)), repr(s.read(None)))

# Overwriting, padding, truncating.
s = io.StringIO("abcdef")
print(s.tell(), s.write("XY"), s.getvalue(), s.tell())
s.seek(0, 2)
print(s.tell(), s.write("++"), s.getvalue())
s.seek(10)
s.write("Z")
print(repr(s.getvalue()), s.tell())
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(2)
print(s.truncate(), repr(s.getvalue()), s.seek(0, 1), s.seek(0, 2))
s.write("end")
print(repr(s.getvalue()))
s = io.StringIO()
s.write("a" * 5)
s.seek(1)
s.write("bb")
s.write("cccccc")
print(s.getvalue(), s.tell())
print(s.writelines(["x", "y\n", "z"]), repr(s.getvalue()))
s = io.StringIO("\u00e9\U0001f600x")
print(len(s.getvalue()), repr(s.read(1)), repr(s.read(1)), s.tell(), repr(s.read()))

# Newline translation.
for nl in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO("a\rb\r\nc\nd", newline=nl)
    print(repr(nl), repr(s.getvalue()), s.newlines, s.readlines())
    s = io.StringIO(newline=nl)
    s.write("x\r")
    s.write("\ny\n")
    print("  ", repr(s.getvalue()), s.newlines, list(s))
s = io.StringIO(None)
print(repr(s.getvalue()))

# Properties.
s = io.StringIO("q")
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed, s.encoding, s.errors,
      s.line_buffering, s.newlines)
with s as same:
    print(same is s, s.closed)
print(s.closed)
s.close()

# Errors.
s = io.StringIO("abc")
t(lambda: s.seek(-1))
t(lambda: s.seek(1, 1))
t(lambda: s.seek(1, 2))
t(lambda: s.seek(0, 3))
t(lambda: s.seek("a"))
t(lambda: s.write(b"x"))
t(lambda: s.write(5))
t(lambda: io.StringIO(5))
t(lambda: io.StringIO("a", newline="x"))
t(lambda: io.StringIO("a", newline=5))
t(lambda: s.truncate(-1))
t(lambda: s.read("x"))
t(lambda: s.fileno())
t(lambda: s.detach())
s.close()
s.close()
t(lambda: s.read())
t(lambda: s.write("x"))
t(lambda: s.getvalue())
t(lambda: s.tell())
t(lambda: s.seek(0))
t(lambda: s.readline())
t(lambda: s.closed)
t(lambda: s.readable())
t(lambda: iter(s))
t(lambda: next(s))
t(lambda: s.flush())
try:
    with s:
        pass
except ValueError as e:
    print("with closed:", e)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))

# Types.
print(io.StringIO, type(io.StringIO()).__mro__)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase),
      isinstance(sys.stdout, io.TextIOBase), isinstance(io.StringIO(), io.BufferedIOBase))
print(repr(io.StringIO())[:21], io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
print("shout", "it", file=u)
print(repr(u.getvalue()))

# A program: building a report in memory.
report = io.StringIO()
for i, name in enumerate(["alpha", "beta", "gamma"]):
    report.write(f"{i:>2} {name:<6}|\n")
report.seek(0)
for line in report:
    print(line.rstrip("\n").replace(" ", "."))
