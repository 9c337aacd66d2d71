# Float arithmetic mixed with ints and bools: the fast paths give CPython's results and errors.
x = 1.5
print(x + 2, 2 + x, x - 3, 3 - x, x * 4, 4 * x, x / 2, 3 / x, 1 / 3.0, 2**53 + 1.0, (2**53 + 1) + 0.0, True + 0.5)
y = 0.1; y += 0.2; print(y); y -= 1; print(y); y *= 3; print(y)
try: 1.0 / 0
except ZeroDivisionError as e: print(e)
try: 1 / 0.0
except ZeroDivisionError as e: print(e)
print(-0.0 + 0.0, 0.0 * -1, float('inf') - float('inf'), 10**20 + 0.5, 7 / 2, 7.0 / 2)
