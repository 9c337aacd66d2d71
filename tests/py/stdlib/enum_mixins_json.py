# Enums mixed with str/int as programs use them: json.dumps, __str__ overrides,
# __members__ views, lookups by name in a staticmethod.
import json
from enum import Enum, IntEnum, StrEnum, Flag, auto
class Color(str, Enum):
    RED = "red"
    GREEN = "green"
    def __str__(self): return self.value
print(Color.RED, repr(Color.RED), f"{Color.GREEN}", Color.RED == "red", Color("red"), json.dumps(Color.RED), json.dumps({"c": Color.GREEN}))
class P(IntEnum):
    A = 1
print(json.dumps([P.A]), json.dumps({P.A: 2}))
class S(StrEnum):
    X = auto()
print(json.dumps(S.X), S.X.value, "x" in [S.X], S.X in {"x"}, {"x": 1}[S.X])
class Sz(Enum):
    S = "small"
    L = "large"
    def __str__(self): return self.name.lower()
    def __repr__(self): return f"Sz({self.value!r})"
print(Sz.S, repr(Sz.L), [Sz.S], f"{Sz.L}")
class Base(Enum):
    @classmethod
    def names(cls): return [m.name for m in cls]
class Q(Base):
    A = 1; B = 2
print(Q.names(), Q.__members__.keys(), list(Q.__members__.items()), Q._member_names_)
print(sorted(Color, key=str), max(P), list(map(str, S)))
class Coord(Enum):
    X = 0; Y = 1
    def __index__(self): return self.value
print([10, 20][Coord.Y] if hasattr(Coord.Y, '__index__') else '')
print(Color.__members__['RED'] is Color.RED, 'RED' in Color.__members__, Color.RED.name in Color.__members__)
import enum; print(enum.Enum.__doc__ is not None, type(enum.auto().value))
class Animal(Enum):
    DOG = 1
    CAT = 2
    @staticmethod
    def parse(s): return Animal[s.upper()]
print(Animal.parse("dog"), Animal.DOG.value + 1, vars(Animal.DOG) if False else "")
print(isinstance(Animal, enum.EnumMeta), issubclass(Animal, Enum), Animal.DOG.__class__ is Animal)
print(Color.RED.upper(), Color.RED + "!", len(Color.GREEN))
