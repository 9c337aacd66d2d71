import sys
def show():
    t, v, tb = sys.exc_info()
    print(t.__name__ if t else None, v)
try:
    raise ValueError("outer")
except ValueError:
    show()
    try:
        raise KeyError("inner")
    except KeyError:
        show()
    show()
show()
try:
    raise TypeError("t")
except TypeError:
    print(sys.exception())
