# chained_compare
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 'a' < 'b' < 'c', [1, 2] < [1, 3], (1, 'a') < (1, 'b'), None is None is not False)
