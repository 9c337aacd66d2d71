# io.BytesIO: reading, writing, seeking, truncating and its errors.
import io


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = io.BytesIO(b"hello\nworld\n!")
print(b.read(3), b.tell(), b.readline(), b.readline(), b.read(), b.read())
b.seek(0)
print(b.readlines(), list(io.BytesIO(b"a\nb")))
b.seek(0)
print(b.readlines(7), b.readline(2), b.read1(), b.read1(-1))
print(b.seek(2), b.write(b"XY"), b.getvalue(), b.tell())
print(b.seek(-3, 2), b.read(), b.seek(-100, 1), b.seek(3, 1))
print(b.seek(20), b.write(bytearray(b"Z")), b.getvalue(), b.tell())
print(b.truncate(5), b.getvalue(), b.tell(), b.truncate(), b.getvalue())
buf = bytearray(4)
b.seek(0)
print(b.readinto(buf), buf, b.readinto(buf), buf)
b = io.BytesIO()
print(b.write(b""), b.writelines([b"ab", bytearray(b"cd")]), b.getvalue(), b.tell())
b = io.BytesIO(bytearray(b"xyz"))
print(b.getvalue(), b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed)
with b:
    print(b.closed)
print(b.closed)
t(lambda: b.read())
t(lambda: b.getvalue())
t(lambda: b.write(b"1"))
t(lambda: b.seek(0))
t(lambda: b.tell())
b = io.BytesIO(b"hello")
t(lambda: b.write("x"))
t(lambda: b.seek(-1))
t(lambda: b.seek(0, 5))
t(lambda: b.truncate(-1))
t(lambda: io.BytesIO("x"))
t(lambda: b.read("x"))
t(lambda: b.fileno())
t(lambda: b.detach())
print(io.BytesIO, type(io.BytesIO()).__mro__, isinstance(b, io.BufferedIOBase),
      isinstance(b, io.TextIOBase))
data = io.BytesIO()
for i in range(5):
    data.write(bytes([65 + i]) * i + b"\n")
data.seek(0)
print([line for line in data])
