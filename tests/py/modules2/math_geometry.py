# math in a small geometry program.
import math
pts = [(0, 0), (3, 0), (3, 4)]
sides = [math.dist(pts[i], pts[(i + 1) % 3]) for i in range(3)]
print(sides, sum(sides), math.isclose(sides[2], 5.0))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.sqrt(16), math.factorial(10), math.gcd(48, 18))
print(math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.comb(6, 2), math.isqrt(99), math.copysign(2, -1))
print(math.pi, math.inf > 10**300, math.isnan(math.nan), math.frexp(10.0), math.ldexp(0.625, 4), math.modf(3.75))
