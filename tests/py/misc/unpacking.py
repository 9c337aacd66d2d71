# Unpacking in assignments, loops, calls and displays.
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
h, *mid, t = range(5)
print(h, mid, t)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q)
print(*[1, 2, 3], sep="-")
print([*range(3), *"ab"], (*[1], 2), {*[1, 1], 2})
print({**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kwargs):
    return args, kwargs
print(f(*(1, 2), 3, *[4], k=1, **{"m": 2}))
try:
    f(**{"k": 1}, k=2)
except TypeError as e:
    print(e)
