# A generator suspended inside an except block keeps its own handled exception.
import sys
def gen():
    try:
        raise ValueError("inside generator")
    except ValueError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]
g = gen()
print(repr(next(g)))
print("outside:", sys.exc_info()[1])
try:
    raise KeyError("caller")
except KeyError:
    print(repr(next(g)))
    print("caller still handles:", repr(sys.exc_info()[1]))
print(repr(next(g)))
