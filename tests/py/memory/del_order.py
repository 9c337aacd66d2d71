# When __del__ runs: at once, in CPython's order for containers.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

print("list, last item first:")
l = [Noisy("a"), Noisy("b"), Noisy("c")]
del l
print("dict, in insertion order:")
d = {"x": Noisy("x"), "y": Noisy("y")}
del d
print("nested, innermost first:")
n = [Noisy("outer"), [Noisy("inner")]]
del n
print("reassignment frees the old value after the store:")
v = Noisy("old")
v = Noisy("new")
print("temporary in an expression:")
print(len([Noisy("temp")]))
print("attribute overwritten:")
class Box:
    pass
b = Box()
b.item = Noisy("first")
b.item = Noisy("second")
del b
print("end")
