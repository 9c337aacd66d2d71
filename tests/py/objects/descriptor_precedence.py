class Data:
    def __get__(s, o, t=None): return ("get", o is None)
    def __set__(s, o, v): print("set", v)
    def __delete__(s, o): print("delete")
class C:
    d = Data()
c = C(); print(c.d, C.d); c.d = 5; del c.d
c.__dict__['d'] = 'shadow'; print(c.d)
class Logged:
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
l = Logged(); l.x = 1; print(l.x); del l.x
try: l.x
except AttributeError as e: print("AE", e)
class Fallback:
    def __getattribute__(self, name):
        if name == "magic": raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return "fallback:" + name
print(Fallback().magic)
class NonData:
    def __get__(s, o, t): return "nondata"
class D2:
    nd = NonData()
d2 = D2(); print(d2.nd); d2.__dict__['nd'] = 'inst'; print(d2.nd)
print(C.__dict__['d'].__class__.__name__, type(C.__dict__['d']).__get__)
class Base:
    def method(self): return "base"
class Der(Base):
    method = Base.method
print(Der().method())
import sys
class WithSlots:
    __slots__ = ("a",)
    def __init__(self): self.a = 1
w = WithSlots()
print(WithSlots.a.__get__(w), WithSlots.a.__name__, WithSlots.a.__objclass__)
WithSlots.a.__set__(w, 9); print(w.a); WithSlots.a.__delete__(w)
try: w.a
except AttributeError as e: print(e)
