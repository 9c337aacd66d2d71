# class_repr_str
class P:
    def __init__(self, x): self.x = x
    def __repr__(self): return f'P({self.x!r})'
    def __str__(self): return f'point {self.x}'
p = P('a')
print(p, repr(p), [p], f'{p}', f'{p!r}', str([p]), '%s %r' % (p, p))
