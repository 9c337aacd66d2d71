# Operator overloading and the protocol methods.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __call__(self, k):
        return self * k
    __hash__ = None
v = Vec(1, 2)
print(v + Vec(3, 4), v * 3, 3 * v, -v, v == Vec(1, 2), v != Vec(0, 0))
print(bool(Vec(0, 0)), len(v), v[1], list(v), 2 in v, v(10))
print(sorted([Vec(2, 1), Vec(1, 5)]), max(Vec(2, 1), Vec(1, 5)))
x, y = v
print(x, y)
try:
    hash(v)
except TypeError as e:
    print(e)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
a = Acc()
a += 1
a += 2
print(a.items)
