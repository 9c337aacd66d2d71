# Classes: methods, inheritance, super(), properties, class and static methods.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"Animal({self.name!r})"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return super().speak() + " (woof)"
    @property
    def upper(self):
        return self.name.upper()
    @classmethod
    def create(cls, name):
        return cls(name)
    @staticmethod
    def legs():
        return 4
d = Dog.create("rex")
print(d.speak(), d.upper, Dog.legs(), d.kind, Animal.kind)
print(repr(Animal("cat")), isinstance(d, Animal), issubclass(Dog, Animal))
print(Dog.__name__, Dog.__qualname__, Dog.__mro__)
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
print(Point(1, 2) == Point(1, 2), len({Point(1, 2), Point(1, 2)}))
class V:
    def __init__(self, a):
        self.a = a
    def __add__(self, o):
        return V(self.a + o.a)
    def __len__(self):
        return self.a
print((V(2) + V(3)).a, len(V(7)))
