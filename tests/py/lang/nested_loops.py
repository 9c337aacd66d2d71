result = []
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        result.append((i, j))
print(result)
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[c] for row in matrix] for c in range(3)])
print([(x, y) for x in range(3) for y in range(x)])
