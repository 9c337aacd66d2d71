# Coroutines that die at exit: from an atexit function (attributed to its
# line), and in module globals cleared after the modules are gone ("sys:1"
# once, no tracemalloc hint: CPython's C fallback; the "sys" registry shows
# each message once).
import atexit


async def job(n):
    print("never runs", n)


def at_exit():
    job(0)
    print("atexit ran")


atexit.register(at_exit)

kept = job(2)
also_kept = [job(3)]
print("main done")
