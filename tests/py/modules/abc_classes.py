# abc: abstract methods block instantiation, __subclasshook__ and register().
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
try: Shape()
except TypeError as e: print(e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try: Sq(2)
except TypeError as e: print(e)
class Sq2(Sq):
    def name(self): return "square"
s = Sq2(3); print(s.area(), s.name(), isinstance(s, Shape), issubclass(Sq2, Shape), sorted(Shape.__abstractmethods__), Sq2.__abstractmethods__)
class Iterable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, "__iter__") else NotImplemented
print(isinstance([], Iterable), isinstance(5, Iterable), issubclass(dict, Iterable))
class Base(ABC): pass
Base.register(int)
print(isinstance(3, Base), issubclass(int, Base), issubclass(str, Base), type(Shape).__name__)
