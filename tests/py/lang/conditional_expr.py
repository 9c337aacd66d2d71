for n in range(-1, 2):
    print("neg" if n < 0 else "zero" if n == 0 else "pos")
x = 5
y = x if x > 3 else None
print(y)
