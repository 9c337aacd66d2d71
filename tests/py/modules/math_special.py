# math.gamma, lgamma, erf and erfc: CPython's own gamma/lgamma (Lanczos) and
# glibc's erf/erfc; special values, errors and ordinary arguments.
import math

cases = [
    ("gamma", [1, 5, 23, 0.5, -0.5, 1.5, 1e-30, -1e-30, 171.5, 172, -250.5, float("inf"),
               float("nan"), 0, -0.0, -3, float("-inf"), 1e-320]),
    ("lgamma", [1, 2, 0.5, 3, 100, 1e300, -0.5, 1e-30, float("inf"), float("-inf"),
                float("nan"), 0, -4, 2.5e305]),
    ("erf", [0, -0.0, 0.1, 0.5, 0.84375, 1, 1.25, 2, 3, 5.9, 6, 30, -1, -2.5, 1e-300,
             float("inf"), float("-inf"), float("nan")]),
    ("erfc", [0, 0.1, 0.3, 0.5, 1, 1.25, 2, 3, 10, 27, 28, 30, -1, -3, -30,
              float("inf"), float("-inf"), float("nan")]),
]
for name, xs in cases:
    f = getattr(math, name)
    for x in xs:
        try:
            print(f"{name}({x!r}) = {f(x)!r}")
        except (ValueError, OverflowError) as e:
            print(f"{name}({x!r}) -> {type(e).__name__}: {e}")

print(math.gamma(5) == 24.0, math.lgamma(10) == math.log(362880) or "close")
print(math.erf(1) + math.erfc(1))
try:
    math.gamma("3")
except TypeError as e:
    print("TypeError", e)
