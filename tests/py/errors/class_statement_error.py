# An error raised while a class statement builds its class: the traceback points at the whole statement.
class Meter:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        return obj.__dict__.get(self.name, 0) if obj else self
    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(f"{self.name} must be >= 0")
        obj.__dict__[self.name] = value

class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append(cls.__name__)

class Tank(Base):
    level = Meter()
    __slots__ = ("__dict__",)
    @property
    def full(self):
        return self.level >= 100
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def unit():
        return "L"

t = Tank.make()
t.level = 120
print(t.level, t.full, Tank.unit(), Base.registry, type(Tank.__dict__["level"]).__name__)
try:
    t.level = -1
except ValueError as e:
    print(e)
class Child(Tank):
    pass
print(Base.registry, Child.mro()[1].__name__, isinstance(Child(), Base))
