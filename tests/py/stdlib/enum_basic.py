# Enum: members, aliases, lookups by value and name, iteration, reprs,
# comparisons and hashing, methods on members, errors.
from enum import Enum, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @property
    def is_warm(self):
        return self is Color.RED

    @classmethod
    def default(cls):
        return cls.GREEN


print(repr(Color), Color, type(Color).__name__)
print(Color.RED, repr(Color.RED), str(Color.GREEN), f"{Color.BLUE}", format(Color.RED, ">12") + "|")
print(Color.CRIMSON, Color.CRIMSON is Color.RED, Color(1), Color["GREEN"], Color.RED.RED)
print(list(Color), len(Color), [c.name for c in reversed(Color)])
print(Color.__members__)
print(list(Color.__members__), type(Color.__members__).__name__)
print(Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_)
print(Color.RED.describe(), Color.RED.is_warm, Color.BLUE.is_warm, Color.default())
print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1, Color.RED is Color(1))
print(hash(Color.RED) == hash("RED"), {Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON])
print(sorted(Color, key=lambda c: c.value), Color.RED in Color, isinstance(Color.RED, Color))
print(type(Color.RED), type(Color.RED) is Color, Color.RED.__class__.__name__)
print(dir(Color))
print(dir(Color.RED))
print(bool(Color), bool(Color.RED), Color.__name__, Color.__qualname__, Color.__module__)


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok:", repr(r))


attempt(lambda: Color(7))
attempt(lambda: Color("RED"))
attempt(lambda: Color["PURPLE"])
attempt(lambda: Color.PURPLE)
attempt(lambda: Color.RED < Color.GREEN)
attempt(lambda: setattr(Color, "RED", 5))
attempt(lambda: delattr(Color, "GREEN"))
attempt(lambda: setattr(Color.RED, "value", 5))
attempt(lambda: setattr(Color.RED, "name", "x"))
attempt(lambda: Color.name)
attempt(lambda: 1 in Color)  # 3.11: TypeError, with a DeprecationWarning


def extend():
    class MoreColor(Color):
        PINK = 17


attempt(extend)


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Status("ACTIVE"), Status("inactive"), repr(Status.ACTIVE))
attempt(lambda: Status("gone"))


class Bad(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 42


attempt(lambda: Bad(2))


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p, p.value, p.mass, round(p.surface_gravity, 2))


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    TRIANGLE = 10
    LINE = auto()


print(list(Shape))


def where(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case _:
            return "?"


print([where(c) for c in Color])


class Empty(Enum):
    pass


print(list(Empty), len(Empty))
attempt(lambda: Empty(1))


class WithBase(Enum):
    def hello(self):
        return "hello " + self.name


class Sub(WithBase):
    ONE = 1


print(Sub.ONE.hello(), Sub.__mro__)
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.BLUE])[0] is Color.BLUE)
print(Color.RED.__reduce_ex__(2))
