class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def gen():
    local = N("generator local")
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
g = gen()
print(next(g))
print("dropping the suspended generator")
del g
print("after del")
def gen2():
    x = N("finished gen local")
    yield 1
for v in gen2():
    print("value", v)
print("loop done")
