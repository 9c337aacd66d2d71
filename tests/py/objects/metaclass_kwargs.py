class M(type):
    def __new__(m, name, bases, ns, **kw):
        print("M.__new__", name, kw)
        return super().__new__(m, name, bases, ns, **kw)
class A(metaclass=M):
    def __init_subclass__(cls, **kw): print("isc", cls.__name__, kw)
B = type("B", (A,), {}, flag=1) if False else None
class C(A, flag=2): pass
X = type.__new__(type, "X", (A,), {})
print(type(X))
