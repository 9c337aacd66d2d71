# __sizeof__ and getsizeof's GC header rule.
import sys
class Plain: pass
class Slotted:
    __slots__ = ("a", "b")
class Sized:
    def __sizeof__(self): return 100
print(sys.getsizeof(Plain()), sys.getsizeof(Slotted()), sys.getsizeof(Sized()), sys.getsizeof(object()))
class Neg:
    def __sizeof__(self): return -1
try: sys.getsizeof(Neg())
except ValueError as e: print(e)
print(sys.getsizeof(1, "default"), sys.getsizeof(int), sys.getsizeof(Plain))
