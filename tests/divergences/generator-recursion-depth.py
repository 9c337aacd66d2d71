# description: chains of `yield from` and `await` raise RecursionError at half of CPython's depth.
# cause: each level of such a chain takes two to three times the JS stack of a plain call
#   (resume, the JS generator, the send loop's helpers); heapscope counts it as two levels
#   (three for nested async generators: a third of the depth), so the recursion limit is
#   reached before the JS stack overflows.
# workaround: sys.setrecursionlimit to a higher value if a program needs deeper chains.
# issue: 4 (generators, coroutines)


async def coro_chain(n):
    if n == 0:
        return 0
    return await coro_chain(n - 1) + 1


def gen_chain(n):
    if n == 0:
        return 0
    return (yield from gen_chain(n - 1)) + 1


def deepest(make):
    lo, hi = 1, 2000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            make(mid).send(None)
        except StopIteration:
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo


print(deepest(coro_chain), deepest(gen_chain))
