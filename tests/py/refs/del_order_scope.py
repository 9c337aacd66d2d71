class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def f():
    a = N("a")
    b = N("b")
    c = N("c")
    print("leaving f")
f()
print("locals are released in order of definition")
def g():
    x = N("x")
    y = N("y")
    return y
kept = g()
print("kept", kept.n)
del kept
print("done")
