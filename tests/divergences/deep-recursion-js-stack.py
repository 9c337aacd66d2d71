# description: with sys.setrecursionlimit raised far above 1000, recursion stops with RecursionError after about 1,070 Python frames, where CPython goes on to the new limit.
# cause: heapscope's Python frames are JavaScript frames on the main thread's JS stack (984 KiB,
#   fixed when Node starts, about 0.9 KiB per Python frame); when it is full, the next call raises
#   RecursionError, which the program can catch as any other. The default limit, 1000, is reachable.
# workaround: recursion made iterative; or `node --stack-size=7000 bin/heapscope.js run FILE` (KiB,
#   below the OS stack limit of 8 MiB): 8,296 frames.
# issue: 4 (limits)
import sys

sys.setrecursionlimit(100000)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


for n in (900, 20000):
    try:
        print(n, depth(n))
    except RecursionError as e:
        print(n, "RecursionError:", e)
