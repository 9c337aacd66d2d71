class Meta(type):
    def __instancecheck__(cls, inst): return inst == 42
    def __subclasscheck__(cls, sub): return sub is int
class Anything(metaclass=Meta): pass
print(isinstance(42, Anything), isinstance(1, Anything), issubclass(int, Anything), issubclass(str, Anything))
class G:
    def __class_getitem__(cls, item): return f"G[{item.__name__}]"
print(G[int])
class Base:
    def __eq__(s, o): return True
class Child(Base):
    def __hash__(s): return 7
print(Base.__hash__, hash(Child()))
class H2:
    __hash__ = object.__hash__
    def __eq__(s, o): return False
print(hash(H2()) != 0)
class Q:
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = name
class R(Q, name="rr"): pass
print(R.tag)
try:
    class Z(Q, bogus=1): pass
except TypeError as e: print(e)
class Doc:
    "docstring here"
print(Doc.__doc__, Doc().__doc__)
class Outer:
    class Inner: pass
print(Outer.Inner.__qualname__, Outer.Inner)
def f():
    class Local: pass
    return Local
print(f().__qualname__, f())
print(type("Dyn", (), {"a": 1})().a, type("Dyn", (), {}).__module__)
T = type("T", (object,), {"__slots__": ("x",)})
t = T(); t.x = 3; print(t.x)
try: type("X", (), {"__qualname__": 1})
except TypeError as e: print(e)
class WithDel:
    pass
w = WithDel()
WithDel.__del__ = lambda self: print("late __del__")
del w
print(int.__name__, int.__qualname__, type.__name__, len.__name__, [].append.__name__)
print(object.__doc__[:20], type(object.__dict__))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), type.__base__, object.__base__)
import sys
class Big:
    def __len__(self): return sys.maxsize + 1
try: len(Big())
except OverflowError as e: print(e)
class LenStr:
    def __len__(self): return "3"
try: len(LenStr())
except TypeError as e: print(e)
