# CPython's TypeError messages for bad calls.
def f(x, y):
    pass
def g(a, b=1, *, k):
    pass
def h():
    pass
for call in [lambda: f(1), lambda: f(), lambda: f(1, 2, 3), lambda: f(1, z=2),
             lambda: f(1, x=2), lambda: g(1), lambda: g(1, 2, 3, k=1), lambda: h(1),
             lambda: g(k=1), lambda: f(1, 2, y=3)]:
    try:
        call()
    except TypeError as e:
        print(e)
def p(a, /, b):
    pass
try:
    p(a=1, b=2)
except TypeError as e:
    print(e)
