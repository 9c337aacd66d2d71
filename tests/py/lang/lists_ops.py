a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
print(a, a.pop(), a.pop(0), a)
a.sort()
print(a, a.index(3), a.count(1), sorted(a, reverse=True))
a.reverse()
print(a, a[1:3], a[::-1], a * 2, a + [9])
a[1:3] = ["x", "y", "z"]
print(a)
del a[::2]
print(a, len(a), min([4, 2]), [1, 2] == [1, 2], [1, 2] < [1, 3])
print(list(range(5))[-2:], [[0] * 2 for _ in range(2)])
