# Flag and IntFlag: combining members, pseudo-members, iteration, boundaries.
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RWX = R | W | X


RW = Perm.R | Perm.W
print(repr(RW), str(RW), RW.name, RW.value, repr(Perm.RWX), repr(Perm.R | Perm.W | Perm.X))
print(list(Perm), len(Perm), list(RW), len(RW), list(Perm(0)), repr(Perm(0)), str(Perm(0)))
print(Perm.R in RW, Perm.X in RW, bool(Perm(0)), bool(RW), Perm.R & Perm.W, RW & Perm.W)
print(repr(~Perm.R), repr(~RW), repr(~Perm.RWX), repr(~Perm(0)), repr(Perm.R ^ Perm.RWX))
print(Perm(3), Perm(7), Perm(-1), Perm["RWX"], Perm.__members__)
print(repr(Perm), Perm.__mro__)
for bad in [lambda: Perm(8), lambda: Perm(1.5), lambda: 1 in Perm.R, lambda: Perm.R | 2]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Color(Flag):
    BLACK = 0
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = 7


print(list(Color), repr(Color(0)), repr(Color.BLACK), repr(Color(6)), Color.__members__)


class IPerm(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(IPerm.R | IPerm.W), str(IPerm.R | IPerm.W), f"{IPerm.R | IPerm.X}", list(IPerm))
print(repr(IPerm(12)), repr(IPerm.R | 8), repr(~IPerm.R), IPerm.R + 1, IPerm.R | 1, repr(IPerm(0)))
print(IPerm.R == 4, isinstance(IPerm.W, int), repr(IPerm(7)), list(IPerm(7)), repr(IPerm.R & 6))


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


print(repr(Conform(7)), Eject(7), type(Eject(7)).__name__, repr(Keep(7)), repr(Eject(3)))
print(list(FlagBoundary), STRICT, repr(KEEP))


class Opt(Flag):
    NONE = 0
    VERBOSE = auto()
    DEBUG = auto()
    TRACE = auto()


opts = Opt.VERBOSE
opts |= Opt.TRACE
print(repr(opts), Opt.DEBUG in opts, [o.name for o in opts], repr(opts & ~Opt.VERBOSE))
print(Flag("Mode", "READ WRITE EXEC").__members__)
