# if/while/for with break, continue and else clauses.
total = 0
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    total += i
else:
    print("not reached")
print("total", total)
n = 0
while n < 5:
    n += 1
else:
    print("while else ran, n =", n)
for c in "abc":
    print(c, end=" ")
print()
for i, ch in enumerate("xyz", start=1):
    print(i, ch)
for a, b in zip([1, 2, 3], "pqr"):
    print(a, b)
squares = [k * k for k in range(6) if k % 2]
print(squares)
print({k: k * 2 for k in "ab"}, {x % 3 for x in range(10)})
print(list(reversed([1, 2, 3])), sorted([3, 1, 2], reverse=True))
