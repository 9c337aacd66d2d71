class EnumMeta(type):
    def __iter__(cls):
        return iter([v for k, v in cls.__dict__.items() if not k.startswith("_")])
    def __len__(cls): return 2
    def __repr__(cls): return f"<enum {cls.__name__}>"
    def __getattr__(cls, name): return f"meta-getattr:{name}"
    def __contains__(cls, x): return x in list(cls)
class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
print(list(Color), len(Color), repr(Color), Color.BLUE, 1 in Color, Color.RED)
class Registry(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.registry.append(name)
class Plugin(metaclass=Registry): pass
class P1(Plugin): pass
print(Registry.registry)
class Frozen:
    __slots__ = ()
    def __setattr__(self, n, v): raise AttributeError("frozen")
try: Frozen().x = 1
except AttributeError as e: print(e)
import sys
print(sys.getsizeof(Frozen()))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
match Point(1, 2):
    case Point(x, y): print("match", x, y)
class Cached:
    @property
    def v(self):
        print("compute"); self.__dict__["v"] = 5; return 5
c = Cached(); print(c.v, c.v)
class Lazy:
    def __init__(self, f): self.f = f
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, t=None):
        if obj is None: return self
        v = self.f(obj); setattr(obj, self.name, v); return v
class U:
    @Lazy
    def big(self): print("once"); return 42
u = U(); print(u.big, u.big, type(U.big).__name__)
class Abs:
    def __abs__(s): return 99
    def __round__(s, n=None): return 7
    def __int__(s): return 3
    def __float__(s): return 2.5
print(abs(Abs()), round(Abs()), int(Abs()), float(Abs()))
class HashEq:
    def __init__(s, k): s.k = k
    def __eq__(s, o): return s.k == o.k
    def __hash__(s): return hash(s.k)
print(len({HashEq(1), HashEq(1), HashEq(2)}))
class Str:
    def __str__(s): return "S!"
    def __format__(s, spec): return f"F[{spec}]"
print(str(Str()), f"{Str():>5}", format(Str(), "x"), "%s" % Str())
class Bad:
    def __str__(s): return 1
try: str(Bad())
except TypeError as e: print(e)
