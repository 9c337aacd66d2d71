# Context managers: __enter__/__exit__, exceptions, suppression, nesting.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress
with CM("a") as a, CM("b"):
    print("body", a.name)
with CM("quiet", suppress=True):
    raise KeyError("hidden")
try:
    with CM("loud"):
        raise ValueError("seen")
except ValueError as e:
    print("caught", e)
