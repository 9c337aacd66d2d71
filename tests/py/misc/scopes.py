# Name resolution: LEGB, global, nonlocal, class scopes, comprehension scopes.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer(), x)
def shadow():
    x = "local"
    return x
print(shadow(), x)
class C:
    x = "class attr"
    y = [x for _ in range(1)]
    def method(self):
        return x
print(C.x, C.y, C().method())
def make_adders():
    return [lambda n, i=i: n + i for i in range(3)]
print([f(10) for f in make_adders()])
late = [lambda: i for i in range(3)]
print([f() for f in late])
def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
    bump(); bump()
    return count
print(counter())
total = 0
def add(n):
    global total
    total += n
add(5); add(7)
print(total)
print(len(dir()) > 5, "x" in globals(), sorted(k for k in locals() if k == "x"))
def loc():
    a = 1
    b = 2
    return sorted(locals().items())
print(loc())
