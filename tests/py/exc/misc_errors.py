# The messages of everyday errors.
tests = [
    lambda: undefined_name,
    lambda: [1, 2][5],
    lambda: {"a": 1}["b"],
    lambda: None.attr,
    lambda: "a" + 1,
    lambda: 1 / 0,
    lambda: int("x"),
    lambda: len(5),
    lambda: [].pop(),
    lambda: (1, 2)[0:1].append,
    lambda: object().x,
    lambda: (lambda f: f())(5),
    lambda: iter(3),
    lambda: hash([]),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
def uses_before_assign():
    print(x)
    x = 1
try:
    uses_before_assign()
except UnboundLocalError as e:
    print(e)
a, b = 1, 2
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
assert True
try:
    assert 1 > 2, "math is broken"
except AssertionError as e:
    print("AssertionError", e)
