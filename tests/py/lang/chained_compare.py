# Chained comparisons evaluate the middle operand once.
def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 > 0, 1 == 1.0 != 2, "a" < "b" <= "b")
one = 1
print(one is one, [] is [], None is not None, 3 in [1, 2, 3], 4 not in (1,))
