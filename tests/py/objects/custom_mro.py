class Meta(type):
    def mro(cls):
        return [cls, object]
class A: x = "A"
class B(A, metaclass=Meta): pass
print(B.__mro__, hasattr(B, "x"), B.mro())
class Bad(type):
    def mro(cls): return [cls, 1]
try:
    class C(metaclass=Bad): pass
except TypeError as e: print(e)
