class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def fail():
    a = N("frame local")
    raise RuntimeError("x")
def catcher():
    try:
        fail()
    except RuntimeError:
        print("in handler")
    print("after handler")
catcher()
print("returned")
