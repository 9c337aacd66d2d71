# gi_frame.f_locals of generators in every state, and a generator's frame
# object outliving the generator: it keeps the locals (take_ownership).
import gc
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Noisy({self.name!r})"

    def __del__(self):
        print("del", self.name)


def gen(a, b=2):
    x = [a, b]
    yield x
    y = "second"
    yield y


g = gen(1)
print(sorted(g.gi_frame.f_locals.items()))
next(g)
print(sorted(g.gi_frame.f_locals.items()))
next(g)
print(sorted(g.gi_frame.f_locals.items()))


def outer(k):
    captured = k * 10

    def inner():
        return captured

    def g2(z):
        cell_var = z

        def use():
            return cell_var + captured

        yield use()
        yield k

    return g2


g = outer(3)(4)
print(sorted(g.gi_frame.f_locals.keys()))
next(g)
loc = g.gi_frame.f_locals
print(sorted(k for k in loc if k != "use"), loc["cell_var"], loc["captured"])

# An unstarted generator dies while its frame is held: the frame keeps the arguments.
g = gen(Noisy("arg of unstarted"))
fr = g.gi_frame
del g
print("generator gone", gc.is_tracked(fr), fr.f_locals)
del fr
print("frame gone")

# A suspended one: closing it runs its finally, the frame keeps its locals.
def gen2(n):
    held = Noisy(f"local {n}")
    try:
        yield held
    finally:
        print("finally of", n)


g = gen2(1)
next(g)
fr = g.gi_frame
del g
print("generator gone", sorted(fr.f_locals))
del fr
print("frame gone")

# Nobody holds the frame: the arguments go with the generator.
g = gen(Noisy("arg, frame not held"))
del g
print("done", sys.getrefcount(gen) > 1)
