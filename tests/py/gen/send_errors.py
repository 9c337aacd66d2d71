# What generators refuse.
def g():
    yield 1
x = g()
try:
    x.send(5)
except TypeError as e:
    print(e)
print(next(x))
def stopper():
    raise StopIteration
    yield
try:
    next(stopper())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
def ignores():
    try:
        yield
    except GeneratorExit:
        print("ignoring GeneratorExit once")
    try:
        yield
    except GeneratorExit:
        print("second close: returning")
i = ignores()
next(i)
try:
    i.close()
except RuntimeError as e:
    print(e)
i.close()
