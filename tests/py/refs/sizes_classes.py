import sys
class Plain:
    pass
class WithSlots:
    __slots__ = ("a",)
class IntSub(int):
    pass
p = Plain()
print(sys.getsizeof(p), sys.getsizeof(WithSlots()), sys.getsizeof(IntSub(5)))
p.x = 1
print(sys.getsizeof(p))
print(sys.getsizeof(Plain) > 500, sys.getsizeof(p.__dict__) > 0)
def f():
    pass
print(sys.getsizeof(f), sys.getsizeof(f.__code__) > 0)
m = [].append
print(sys.getsizeof(m), sys.getsizeof(Plain().__init__))
