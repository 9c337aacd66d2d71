# Shadowing builtins and restoring them.
print(len("abc"))
def len(x):
    return "shadowed"
print(len("abc"))
del len
print(len("abc"))
import builtins
print(builtins.len is len, type(builtins).__name__)
x = 1
def read_global():
    return x
def local_shadow():
    x = 2
    return x
print(read_global(), local_shadow(), x)
