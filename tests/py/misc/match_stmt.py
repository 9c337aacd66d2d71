# Structural pattern matching.
def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2:
            return "one or two"
        case int(n) if n < 0:
            return f"negative {n}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *others]:
            return f"list starting {first} (+{len(others)})"
        case {"kind": "point", "x": px}:
            return f"point x={px}"
        case str() as s:
            return f"string {s!r}"
        case None:
            return "none"
        case _:
            return "something else"
for v in [0, 2, -5, [1, 2], [1, 2, 3], {"kind": "point", "x": 9}, "hi", None, 3.5]:
    print(describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point():
            return "elsewhere"
print(where(Point(0, 0)), where(Point(3, 0)), where(Point(0, 4)), where(Point(1, 1)))
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}:
        print("rest", rest)
