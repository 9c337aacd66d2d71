# and/or return one of their operands; not returns a bool.
print(0 or "default", "" or [] or None, 5 and 6, 0 and 1/0)
print(not 0, not [1], None or 0 or "last")
x = [] or [1]
print(x, bool(x), bool(""), bool(0.0), bool(" "))
def t(n):
    print("t", n)
    return n
print(t(0) and t(1), t(2) or t(3))
