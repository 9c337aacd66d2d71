# walrus_loop
data = [3, 1, 4, 1, 5, 9, 2, 6]
while (n := data.pop()) != 1:
    print(n, end=' ')
print('| rest', data, [y for x in data if (y := x * 2) > 4])
