# sys.stdin as a text stream: readline, read(n), iteration, readlines, and
# input() sharing the same buffer; line ends kept exactly ("\r\n" is not
# translated on Linux); the last line without its newline; '' at the end.
import sys

print(repr(sys.stdin.readline()))
print(repr(input()))
print(repr(input("prompt> ")))
print(repr(sys.stdin.read(4)))
print(repr(sys.stdin.readline(3)))
print(repr(sys.stdin.readline()))
n = 0
for line in sys.stdin:
    print("iter", repr(line))
    n += 1
    if n == 2:
        break
print(sys.stdin.readlines(10))
print(repr(sys.stdin.read(0)))
rest = sys.stdin.read()
print(repr(rest))
print(repr(sys.stdin.readline()), repr(sys.stdin.read()), repr(sys.stdin.read(5)))
print(sys.stdin.readlines(), list(sys.stdin))
try:
    input("more? ")
except EOFError as e:
    print("EOFError:", e)
print(sys.stdin.name, sys.stdin.mode, sys.stdin.encoding, sys.stdin.errors, sys.stdin.fileno())
print(sys.stdin.isatty(), sys.stdin.readable(), sys.stdin.writable(), sys.stdin.closed)
print(sys.stdin.line_buffering, sys.stdin.newlines)
print(sys.stdin)
try:
    sys.stdin.read("x")
except TypeError as e:
    print("TypeError:", e)
