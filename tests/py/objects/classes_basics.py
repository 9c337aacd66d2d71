import sys
class A:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"A({self.x!r})"
    def __eq__(self, o):
        return isinstance(o, A) and o.x == self.x
    def __add__(self, o):
        return A(self.x + o.x)
a = A(1); b = A(2)
print(a + b, a == A(1), a != b)
try:
    hash(a)
except TypeError as e:
    print(e)
class B(A):
    @property
    def double(self):
        return self.x * 2
    @classmethod
    def make(cls):
        return cls(10)
    @staticmethod
    def st(y):
        return y + 1
    def __len__(self):
        return 3
print(B(4).double, B.make(), B.st(1), len(B(1)), bool(B(1)))
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = 1
print(s.a, sys.getsizeof(s), sys.getsizeof(S()))
try:
    s.c = 2
except AttributeError as e:
    print(e)
try:
    s.b
except AttributeError as e:
    print(e)
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("M.__new__", name, kw)
        return super().__new__(mcls, name, bases, ns)
class C(metaclass=M, flag=1):
    pass
print(type(C), C.__name__, C.__qualname__, C.__module__)
class D:
    def __getattr__(self, n):
        return n.upper()
print(D().hello)
class E(Exception):
    pass
try:
    raise E("boom", 1)
except E as e:
    print(repr(e), str(e), e.args)
print(sys.getsizeof(A(1)), sys.getsizeof(A))
class P:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Q(P, k=2): pass
print(Q.__mro__)
x = super(B, B(3))
print(x)
class W:
    def f(self): return super().__repr__()[:12]
print(W().f())
print(int.__add__, [].append, len, object.__init__)
class Desc:
    def __get__(self, obj, t): return "desc"
    def __set_name__(self, owner, name): print("set_name", owner.__name__, name)
class H:
    d = Desc()
print(H().d, H.d)
def f(self): return 42
H.g = f
print(H().g())
print(isinstance(H(), H), issubclass(H, object))
