# Closures keep what they capture alive; a lambda in a list keeps its cell.
import sys

class Payload:
    def __del__(self):
        print("payload freed")

def make_callbacks():
    data = Payload()
    return [lambda: data, lambda: 1]

cbs = make_callbacks()
print("callbacks made")
cbs.pop(1)
print("dropped the lambda that does not capture")
cbs.pop(0)
print("dropped the capturing lambda")

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
print(c(), c(), c.__closure__[0].cell_contents, sys.getsizeof(c.__closure__[0]))
