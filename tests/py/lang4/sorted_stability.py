# sorted_stability
recs = [('b', 2), ('a', 2), ('c', 1), ('a', 1)]
print(sorted(recs, key=lambda r: r[1]), sorted(sorted(recs), key=lambda r: r[1], reverse=True))
print(sorted('Banana', key=str.lower), sorted([3, -1, 2], key=abs), sorted({3: 'c', 1: 'a'}))
