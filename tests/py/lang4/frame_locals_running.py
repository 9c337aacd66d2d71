# f_locals of frames that are still running: a caller's (sys._getframe(1)),
# a tracer's view of each frame, cells and free variables included.
import sys


def caller_locals(depth=1):
    return dict(sys._getframe(depth).f_locals)


def f(a, b=10):
    c = a + b
    d = [c]
    return caller_locals()


print(sorted(f(1).items()))


def outer(x):
    shared = x * 2

    def inner(y):
        z = y + shared
        return caller_locals()

    return inner(5), caller_locals()


inner_locals, outer_locals = outer(3)
print(sorted(inner_locals.items()))
print(sorted(k for k in outer_locals))


def g():
    before = 1
    seen = caller_locals()
    after = 2
    return seen


print(sorted(g().items()))

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        events.append((event, sorted(frame.f_locals.items())))
    return tracer


def traced(n):
    total = 0
    for i in range(n):
        total += i
    return total


sys.settrace(tracer)
traced(2)
sys.settrace(None)
for e in events:
    print(e)
