# Constant folding of int ** negative int gives python3's correctly rounded floats (10 ** -5 == 1e-05).
print(10 ** -5, 7 ** -2, 2 ** -1074, 2 ** -1075, (-3) ** -3, 10 ** -400, 3 ** -40, 10 ** -22, 10 ** -23)
x = 10 ** -5
y = 10 ** -5
print(x is y, type(2 ** -1))
try:
    print((10 ** 400) ** -1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pow(10, -5), 10 ** -5 == pow(10, -5), 1 / 10 ** 5)
