# dataclasses: the decorator (init, repr, eq, order, frozen, default_factory, __post_init__, match_args) and its helpers.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, is_dataclass
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1); q = Point(1, 0)
print(p, p == q, p != Point(2), p.tags is not q.tags, [f.name for f in fields(p)], is_dataclass(p), is_dataclass(Point))
print(asdict(p), astuple(Point(3, 4, ["a"])), replace(p, y=9))
try: Point()
except TypeError as e: print(e)
try: Point(1, 2, [], 4)
except TypeError as e: print(e)
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]), Version(1) < Version(1, 1), hash(Version(1)) == hash(Version(1)))
v = Version(2)
try: v.major = 3
except FrozenInstanceError as e: print("FrozenInstanceError:", e)
@dataclass
class Inv:
    items: list = field(default_factory=list)
    total: int = field(default=0, repr=False, compare=False)
    def __post_init__(self): self.total = len(self.items)
print(Inv([1, 2]), Inv([1, 2]).total, Inv() == Inv(total=5), Point.__match_args__)
match Point(5, 6):
    case Point(x, y): print("matched", x, y)
try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e: print(e)
print(Point.__init__.__qualname__, repr(Point.__hash__))
