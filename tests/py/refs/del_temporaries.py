class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
    def __add__(self, other):
        return N(self.n + "+" + other.n)
print("start")
r = (N("a") + N("b")).n
print("result", r)
print(N("x").n, N("y").n)
print("end")
