# Structural pattern matching.
def describe(v):
    match v:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case [x, y]:
            return f"pair {x},{y}"
        case [x, *rest]:
            return f"list starting {x} (+{len(rest)})"
        case {"type": "point", "x": x, **others}:
            return f"point x={x} extra={sorted(others)}"
        case str() as s if s:
            return f"text {s!r}"
        case None | "":
            return "nothing"
        case _:
            return "other"

for v in (0, -3, [1, 2], [1, 2, 3], {"type": "point", "x": 1, "c": 2}, "hi", None, "", 4.5):
    print(describe(v))
