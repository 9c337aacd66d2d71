def deco(f):
    return f(1)
@deco
def h(x):
    return x + "s"
