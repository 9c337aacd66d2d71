# description: math's transcendental functions (sin, exp, log, pow, ...) can differ from CPython in the last bit.
# cause: heapscope uses the JS engine's Math (fdlibm-based), CPython uses glibc's libm, which
#   rounds correctly more often; measured on 25,000 arguments: 2-7% differ in the last bit for
#   sin/cos/exp/log/pow. The exact functions (sqrt, fsum, floor, ...) always agree.
# workaround: compare such results with math.isclose, not ==.
# issue: 4 (the math module)
import math
print(repr(math.sin(2.5)), repr(math.exp(21.9)))
print(math.isclose(math.sin(2.5), 0.5984721441039565, rel_tol=1e-15))
