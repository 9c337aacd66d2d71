# Integer and float arithmetic, the operators a learner tries first.
a = 7
b = 3
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, divmod(-7, 3), divmod(7, -3))
print(2 ** 100, 2 ** -1, 10 ** 20)
print(0.1 + 0.2, 1e300 * 1e10, 7.5 // 2, 7.5 % 2)
print(1 << 40, 1 << 70, -1 >> 3, 6 & 3, 6 | 3, 6 ^ 3, ~5)
x = 10
x += 5
x -= 2
x *= 3
x //= 4
print(x)
print(abs(-3), abs(-2.5), round(2.5), round(3.5), round(2.675, 2))
print(int("42") + 1, float("1.5") * 2, int(3.9), int(-3.9))
print(True + True, True * 10, 3 == 3.0, 1 < 2 < 3, 3 > 2 > 1 > 5)
