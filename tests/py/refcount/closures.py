# Cells keep captured variables alive.
import sys
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def make():
    captured = Noisy("captured")
    def inner():
        return captured.name
    return inner
g = make()
print("closure made:", g())
print(g.__closure__[0].cell_contents.name)
del g
print("closure released")
def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
s = counter()
print(s(), s(), s())
