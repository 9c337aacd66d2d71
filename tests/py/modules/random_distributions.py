# random's continuous distributions draw CPython's sequences (gauss keeps its second deviate in the state).
import random
r = random.Random(2024)
for name, args in [("gauss", (0, 1)), ("normalvariate", (1, 2)), ("lognormvariate", (0, 0.5)),
                   ("expovariate", (1.5,)), ("triangular", (0, 10, 3)), ("vonmisesvariate", (1, 4)),
                   ("gammavariate", (2.5, 1)), ("gammavariate", (0.5, 2)), ("gammavariate", (1.0, 3)),
                   ("betavariate", (2, 3)), ("paretovariate", (3,)), ("weibullvariate", (1, 1.5))]:
    print(name, [getattr(r, name)(*args) for _ in range(6)])
random.seed(7)
print(random.gauss(), random.gauss(), random.getstate()[2])
random.seed(7)
print(random.gauss(), random.triangular(), random.triangular(1, 1))
try:
    r.gammavariate(0, 1)
except ValueError as e:
    print(e)
