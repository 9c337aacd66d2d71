# sys.stdin.buffer and sys.stdout.buffer: the bytes side of the standard
# streams (competitive-programming style reading), UTF-8 on both sides.
import sys

b = sys.stdin.buffer
print(b.readline(), b.read(3), b.readline(4), b.readline())
print(b.readline(), b.read(4))
data = b.read().split()
print(len(data), sum(map(int, data[:-1])), data[-1])
print(b.read(), b.readline(), b.read(2), list(b))
out = sys.stdout.buffer
out.write(b"bytes out\n")
encoded = "h\u00e9 \u20ac\n".encode()
print(out.write(encoded[:2]), out.write(encoded[2:5]), out.write(encoded[5:]))
print(b.name, b.mode, out.mode, b.readable(), b.writable(), out.readable(), out.writable())
print(b.fileno(), out.fileno(), sys.stderr.buffer.fileno(), b.isatty(), b.closed)
try:
    out.write("str")
except TypeError as e:
    print("TypeError:", e)
out.write(bytearray(b"from a bytearray\n"))
sys.stdout.write("text again\n")
