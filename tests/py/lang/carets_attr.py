class A:
    pass
a = A()
a.b = None
print(a.b.c)
