# The functional API, unique(), and errors while defining an enum.
from enum import Enum, IntEnum, Flag, StrEnum, unique, auto, member, nonmember

Color = Enum("Color", "RED GREEN BLUE")
print(list(Color), repr(Color), Color.__module__, Color.__qualname__, Color.RED.value)
Animal = Enum("Animal", "ant, bee cat", start=10)
print(list(Animal))
Pair = Enum("Pair", [("LEFT", "l"), ("RIGHT", "r")])
print(list(Pair), Pair("l"))
Num = IntEnum("Num", {"ONE": 1, "TWO": 2})
print(list(Num), Num.ONE + Num.TWO)
Names = Enum("Names", ["alpha", "beta"], qualname="Outer.Names", module="mymod")
print(Names.__qualname__, Names.__module__, repr(Names.alpha))
Fl = Flag("Fl", "A B C")
print(list(Fl), repr(Fl.A | Fl.C))
S = StrEnum("S", "x y")
print(list(S))
print(Color(2), Color["BLUE"])


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok:", r)


def dup_values():
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2


def reuse_name():
    class R(Enum):
        A = 1
        A = 2


def sunder():
    class S2(Enum):
        _x_ = 1


def method_then_member():
    class M(Enum):
        def a(self):
            pass
        a = 3


def not_last():
    class X(Enum, int):
        A = 1


attempt(dup_values)
attempt(reuse_name)
attempt(sunder)
attempt(method_then_member)
attempt(not_last)


class Kinds(Enum):
    A = 1
    helper = nonmember(99)

    @member
    def B():
        return 2

    _ignore_ = ["tmp"]
    tmp = 5


print(list(Kinds), Kinds.helper, hasattr(Kinds, "tmp"))


class Ordered(Enum):
    _order_ = "X Y"
    X = 1
    Y = 2


print(list(Ordered))
