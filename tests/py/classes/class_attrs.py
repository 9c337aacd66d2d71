# Class attributes vs instance attributes, __dict__, __class__.
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
a, b = Counter(), Counter()
print(Counter.count, a.id, b.id, a.count)
a.count = 100
print(a.count, b.count, Counter.count)
print(a.__dict__, a.__class__ is Counter, type(a).__name__)
print(sorted(k for k in Counter.__dict__ if not k.startswith("__")))
class Empty:
    """Docstring of Empty."""
print(Empty.__doc__, Empty.__module__, Empty().__class__.__qualname__)
def method(self):
    return "added later"
Empty.method = method
print(Empty().method())
