# Operator overloading with reflected and in-place forms.
class V:
    def __init__(self, *xs): self.xs = xs
    def __add__(self, o): return V(*(a + b for a, b in zip(self.xs, o.xs))) if isinstance(o, V) else NotImplemented
    def __radd__(self, o): return V(*(o + a for a in self.xs)) if isinstance(o, (int, float)) else NotImplemented
    def __mul__(self, k): return V(*(a * k for a in self.xs))
    __rmul__ = __mul__
    def __iadd__(self, o): self.xs = tuple(a + o for a in self.xs); return self
    def __neg__(self): return V(*(-a for a in self.xs))
    def __abs__(self): return sum(a * a for a in self.xs) ** 0.5
    def __eq__(self, o): return isinstance(o, V) and self.xs == o.xs
    def __len__(self): return len(self.xs)
    def __getitem__(self, i): return self.xs[i]
    def __repr__(self): return f"V{self.xs}"
v = V(1, 2)
print(v + V(3, 4), 1 + v, 2 * v, v * 3, -v, abs(V(3, 4)), v == V(1, 2), len(v), v[1], list(v))
v += 10; print(v)
try: v + "x"
except TypeError as e: print(e)
