# Comprehension scopes, walrus, nonlocal and global.
x = "global"
print([x for x in range(3)], x)
print([(y := i * 2) for i in range(3)], y)
def f():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
a = f(); a(1); print(a(2))
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump(); print(counter)
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs], [(lambda i=i: i)() for i in range(3)])
print({k: v for k, v in zip("ab", range(2))}, {c for c in "hello"} == set("helo"))
