# math: exact functions and errors as CPython 3.11 (values chosen where the JS engine's
# libm agrees with glibc; see tests/divergences/math-last-bit.py).
import math
for f in ['floor("x")', 'sqrt(-0.0)', 'fsum([1e100, 1, -1e100])', 'fsum([0.1]*10)', 'ldexp(1, 10000)', 'ldexp(3, -1074)', 'frexp(0.0)', 'frexp(8.0)', 'frexp(-3e-310)', 'gcd()', 'gcd(12, -18, 30)', 'lcm()', 'lcm(4, 6, 10)', 'prod([])', 'prod(range(1, 20))', 'prod([1.5, 2], start=2)',
          'isqrt(2.5)', 'isqrt(10**40)', 'comb(5,7)', 'comb(50, 25)', 'perm(5)', 'perm(5, 2)', 'factorial(0)', 'factorial(30)', 'factorial(-1)',
          'copysign(3, -0.0)', 'fmod(-7, 3)', 'fmod(1, 0)', 'modf(float("inf"))', 'modf(-2.5)', 'log(8, 2)', 'log(0.0)', 'log(10**400)', 'log2(1024)', 'log10(10**30)',
          'exp(710)', 'trunc(3.7)', 'trunc(-2.5)', 'ceil(float("inf"))', 'floor(float("nan"))', 'floor(-2.5)', 'ceil(2.1)', 'floor(10**30)', 'ceil(1e300)',
          'sqrt(-1)', 'sqrt(2)', 'pow(0, -1)', 'pow(2, 0.5)', 'pow(-8, 1/3)', 'pow(10, 400)', 'acos(2)', 'isclose(1, 1.0000000001)', 'isclose(1, 1.1, rel_tol=0.2)',
          'nextafter(1, 2)', 'nextafter(0, -1)', 'ulp(1.0)', 'ulp(0.0)', 'degrees(1)', 'radians(90)', 'remainder(7, 3)', 'remainder(-7.5, 2)', 'remainder(5, 2)',
          'isinf(float("-inf"))', 'isnan(float("nan"))', 'isfinite(1e308)', 'hypot(3, 4)', 'dist([0, 0], [3, 4])', 'pi', 'e', 'tau', 'inf', 'nan', 'expm1(1e-10)', 'log1p(1e-10)', 'atan2(1, 1)', 'tanh(0.5)']:
    try: print(f, '->', repr(eval('math.'+f)))
    except Exception as e: print(f, '->', type(e).__name__, e)
