# star_unpack
first, *middle, last = range(6)
print(first, middle, last)
print(*[1, 2], *'ab', sep=',')
def f(*args, **kw): return args, kw
print(f(*[1, 2], **{'a': 3}), {**{'x': 1}, 'y': 2}, [*range(3), *'xy'])
