# IntEnum, StrEnum and data-type mixins: str()/format() of the data type,
# arithmetic and ordering, auto() values.
from enum import Enum, IntEnum, StrEnum, ReprEnum, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = auto()
    HIGH = auto()


print(repr(Priority.LOW), str(Priority.LOW), f"{Priority.HIGH}", format(Priority.MEDIUM, "03d"))
print(Priority.LOW + 1, Priority.HIGH * 2, Priority.LOW == 1, Priority.LOW < Priority.HIGH)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority), Priority(2))
print(isinstance(Priority.LOW, int), int(Priority.HIGH), hash(Priority.LOW) == hash(1))
print([1, 2, 3][Priority.LOW], {1: "one"}[Priority.LOW], "%s %r %d" % (Priority.LOW,) * 1 if False else "")
print("%s %r %d" % (Priority.LOW, Priority.LOW, Priority.LOW))
print(list(Priority), Priority.__mro__)


class Method(StrEnum):
    GET = auto()
    POST = auto()
    OTHER = "Other"


print(repr(Method.GET), str(Method.GET), f"{Method.POST}", Method.GET == "get", Method.OTHER.upper())
print(Method("post"), Method.GET + "/x", isinstance(Method.GET, str), list(Method))
print(", ".join(Method), len(Method.OTHER))
try:
    class Bad(StrEnum):
        A = 1
except TypeError as e:
    print("TypeError:", e)


class Num(int, Enum):
    ONE = 1
    TWO = 2


print(repr(Num.ONE), str(Num.ONE), f"{Num.TWO}", format(Num.ONE, ">6"), Num.ONE + Num.TWO)


class Half(float, Enum):
    HALF = 0.5
    QUARTER = 0.25


print(repr(Half.HALF), Half.HALF * 2, Half(0.25))


class Tup(tuple, Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)


print(repr(Tup.UNIT), Tup.UNIT[0], Tup((0, 0)))


try:
    class Code(ReprEnum, int):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(ReprEnum):
        A = 1
except TypeError as e:
    print("TypeError:", e)
try:
    class BadInt(IntEnum):
        A = "x"
except ValueError as e:
    print("ValueError:", e)


class Weird(Enum):
    A = [1, 2]
    B = {"k": 1}


print(Weird([1, 2]), Weird({"k": 1}), repr(Weird.B))


class Grade(Enum):
    A = "a"
    B = auto()  # DeprecationWarning: "a" + 1 fails, so B is 1


try:
    class Late(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return name * 2
except TypeError as e:
    print("TypeError:", e)


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    X = auto()
    Y = auto()


print(list(Lower), repr(auto()))
print(list(Grade))
