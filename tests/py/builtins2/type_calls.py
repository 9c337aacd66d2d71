print(int(), float(), str(), list(), dict(), tuple(), set(), bool(), object().__class__.__name__)
print(int("  12  "), int(3.99), float(" 2.5 "), str(3.0), bool([]), bool([0]))
print(list("abc"), tuple(range(3)), dict(zip("ab", (1, 2))), set((1, 1, 2)))
print(type(1) is int, type(True) is bool, type(int) is type, type(type(None)).__name__)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    float("x")
except ValueError as e:
    print(e)
print(NotImplemented, Ellipsis, ..., type(...).__name__, type(NotImplemented).__name__)
