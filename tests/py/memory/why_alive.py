# "Why does this object survive?": find the holders with gc.get_referrers and refcounts.
import gc, sys

class Big:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Big({self.name!r})"

registry = []
cache = {}

def make(name):
    b = Big(name)
    registry.append(b)
    cache[name] = b
    return b

x = make("x")
holders = [r for r in gc.get_referrers(x) if r is registry or r is cache]
print(len(holders), sys.getrefcount(x) - 1)
del x
survivor = registry[0]
print("still alive through the registry and the cache:", survivor, sys.getrefcount(survivor) - 1)
registry.clear()
cache.clear()
print("only our name left:", sys.getrefcount(survivor) - 1)
