# Sorting records in several ways.
people = [("ana", 31, "lisbon"), ("bo", 25, "oslo"), ("cy", 31, "lima"), ("di", 19, "oslo")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[2], reverse=True))
by_city = {}
for name, age, city in people:
    by_city.setdefault(city, []).append(name)
print(by_city, max(people, key=lambda p: p[1])[0], min(people, key=lambda p: len(p[2]))[0])
