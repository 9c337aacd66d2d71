# description: sys.getsizeof of a coroutine or an async generator is 176 in heapscope for every one.
# cause: as for generators (generator-size.py), CPython 3.11 embeds the frame, whose size
#   depends on the code's locals and bytecode stack depth; heapscope has no bytecode stack,
#   so it uses the size of the smallest coroutine (async def f(): pass).
# workaround: none; the awaitables of async generators (56) and coroutine_wrapper (40) match.
# issue: 4 (coroutines)
import sys


async def fetch(urls):
    results = []
    for url in urls:
        results.append(url.upper())
    return results


c = fetch(["a"])
print(sys.getsizeof(c))
c.close()
