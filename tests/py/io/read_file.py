# Reading a text file: read, readline, iteration, the with statement.
path = "tests/py/io/_data.txt"
with open(path) as f:
    print(repr(f.readline()))
    rest = [line.rstrip("\n") for line in f]
print(rest, f.closed)
print(len(open(path).read()), open(path).readlines()[-1])
try:
    open("tests/py/io/missing.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
