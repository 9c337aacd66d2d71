# Assignment expressions.
data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
i = 0
while (i := i + 1) < 4:
    print("i =", i)
def f():
    total = [s for s in range(3) if (last := s) >= 0]
    return last, total
print(f())
