# Sizes of traceback objects and the frame type's layout numbers.
import sys

try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
print(sys.getsizeof(tb), type(tb).__basicsize__, type(tb).__itemsize__)
print(type(tb.tb_frame).__basicsize__, type(tb.tb_frame).__itemsize__)


def chain(n):
    if n == 0:
        raise ValueError(n)
    chain(n - 1)


try:
    chain(3)
except ValueError as e:
    t = e.__traceback__
    sizes = []
    while t is not None:
        sizes.append(sys.getsizeof(t))
        t = t.tb_next
    print(sizes)
