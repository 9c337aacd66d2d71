# Functions made from one code object share its co_name (interned) and co_qualname.
import sys
def outer():
    def inner_fn(): pass
    return inner_fn
a, b = outer(), outer()
print(a.__name__ is b.__name__, a.__qualname__ is b.__qualname__)
print(a.__name__ is sys.intern("inner_fn"), a.__qualname__ is sys.intern("outer.<locals>.inner_fn"))
print(a.__name__ is a.__code__.co_name, a.__qualname__ is a.__code__.co_qualname)
print(sys.getrefcount(a.__qualname__))
del b
print(sys.getrefcount(a.__qualname__))
fs = [lambda: 0 for i in range(3)]
print(fs[0].__qualname__ is fs[2].__qualname__, fs[0].__qualname__)
a.__qualname__ = "renamed"
print(a.__qualname__, a.__code__.co_qualname, outer().__qualname__)
def f():
    return [lambda: 0 for i in range(1)][0], (lambda: [lambda: 1 for j in "a"][0])()
print([x.__qualname__ for x in f()])
print({k: (lambda: k) for k in "b"}["b"].__qualname__, next(lambda: 0 for i in [1]).__qualname__)
class K:
    m = [lambda self: 0 for i in "a"]
    def meth(self):
        return [lambda: 0 for i in "a"][0]
print(K.m[0].__qualname__, K().meth().__qualname__)
