# __del__ runs at the exact moment the last reference goes away.
class Noisy:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("del", self.name)
a = Noisy("a")
b = a
print("drop a")
del a
print("drop b")
del b
print("rebinding")
x = Noisy("x1")
x = Noisy("x2")
print("function locals die on return")
def f():
    local = Noisy("local")
    print("returning")
    return 1
f()
print("temporaries die after the statement")
Noisy("temp").name
print("list items die last first")
items = [Noisy("i0"), Noisy("i1"), Noisy("i2")]
del items
print("dict: keys then values in order")
d = {"k1": Noisy("v1"), "k2": Noisy("v2")}
d = None
print("end of program")
