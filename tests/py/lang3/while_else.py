# for/while with else, break, continue.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i == 8:
        break
    print(i, end=" ")
else:
    print("never")
print("done", i)
