print(abs(-7), abs(3.5), abs(-0.0), divmod(7.5, 2), pow(2, 0.5))
print(round(2.5), round(1.5), round(-1.5), round(1234, -2), round(1.23456, 3))
print(sum(range(101)), sum([[1], [2]], []), sum((0.5, 0.25)), max([]or[0]))
print(hex(-255), oct(0), bin(-5), int("-0x1f", 16))
print(min("hello"), max([3, 7, 2], default=0), min((), default=None))
try:
    max([])
except ValueError as e:
    print(e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
