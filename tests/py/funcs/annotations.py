def f(x: int, *a: str, k: "q" = 1, **kw: float) -> str:
    return str(x)
print(f.__annotations__)
class C:
    a: int = 1
    b: "str"
print(C.__annotations__, C.a)
v: list = []
print(__annotations__)
