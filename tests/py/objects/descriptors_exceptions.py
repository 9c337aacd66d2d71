import sys
class P:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self): print("deleting")
p = P(); p.x = 5; print(p.x, P.x.__doc__); del p.x
try:
    P.x.fset = 1
except AttributeError as e: print(e)
class Base:
    @classmethod
    def create(cls): return cls.__name__
class Sub(Base):
    @classmethod
    def create(cls): return "Sub+" + super().create()
print(Sub.create())
class SW:
    __slots__ = ('__weakref__', 'a')
print(sys.getsizeof(SW()), SW.__weakrefoffset__, SW.__basicsize__)
class SD:
    __slots__ = ('__dict__',)
sd = SD(); sd.q = 1; print(sd.__dict__, sys.getsizeof(sd))
try:
    class Bad:
        __slots__ = ('a',)
        a = 1
except ValueError as e: print(e)
try:
    class Bad2(int):
        __slots__ = ('a',)
except TypeError as e: print(e)
class I(int): pass
print(I(5) + 1, type(I(5) + 1), sys.getsizeof(I(5)), repr(I(7)))
class L(list): pass
l = L([1,2]); l.extra = 1; print(l, l.extra, sys.getsizeof(L()))
class St(str):
    def shout(self): return self.upper()
print(St("hi").shout(), St("a") + "b")
print(OSError(2, "x", "f"), repr(SyntaxError("m", ("f.py", 1, 2, "t"))))
e = SyntaxError("invalid syntax", ("x.py", 3, 1, "a b", 3, 2))
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.print_file_and_line)
print(str(e))
try:
    raise ValueError("a") from KeyError("b")
except ValueError as ex:
    print(repr(ex.__cause__), ex.__suppress_context__)
try:
    try: 1/0
    except ZeroDivisionError: raise TypeError("t")
except TypeError as ex: print(repr(ex.__context__))
ex = ValueError("v"); ex.add_note("note1"); print(ex.__notes__)
print(ImportError("m", name="n", path="p").path, AttributeError("x", name="a", obj=1).obj)
print(StopIteration(3).value, SystemExit().code, SystemExit(2).code, NameError("n", name="q").name)
print(issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError)
print(BaseException.__doc__, ArithmeticError.__mro__)
print(repr(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")))
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
m = MyErr(1, 2); print(repr(m), m.b, m.args)
print(type.__dict__["__dict__"], object.__dict__["__class__"])
print(vars(P)["x"].__class__, P.__dict__["__init__"])
class Meta(type):
    def __call__(cls, *a): return "called"
class UM(metaclass=Meta): pass
print(UM())
class Pre(type):
    @classmethod
    def __prepare__(mcls, name, bases): print("prepare", name); return {"injected": 1}
class WithPre(metaclass=Pre): pass
print(WithPre.injected)
