# A cache that does not keep its values alive: WeakValueDictionary.
import gc, weakref

class Image:
    loads = 0
    def __init__(self, name):
        Image.loads += 1
        self.name = name

cache = weakref.WeakValueDictionary()

def load(name):
    img = cache.get(name)
    if img is None:
        img = Image(name)
        cache[name] = img
    return img

a = load("cat.png")
b = load("cat.png")
print(a is b, Image.loads, len(cache))
del a, b
print("after the last user let go:", len(cache), Image.loads)
c = load("cat.png")
print("loaded again:", Image.loads)
ring = [load("dog.png")]
ring.append(ring)
del ring
print("in a cycle, still cached:", "dog.png" in cache)
gc.collect()
print("after collect:", "dog.png" in cache, sorted(cache.keys()))
