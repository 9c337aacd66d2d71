import sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class K:
    pass
k = K(); k.a = D("a"); k.b = D("b")
del k
print("--")
keep = []
class R:
    def __del__(self):
        print("R.__del__"); keep.append(self)
r = R(); del r
print(len(keep)); keep.clear(); print("cleared")
class E: pass
e = E()
print(sys.getrefcount(E), sys.getsizeof(e), sys.getsizeof(E))
class F(E): pass
print(sys.getrefcount(E), sys.getrefcount(F))
bm = e.__init__
print(sys.getrefcount(e))
try:
    class X(int, str): pass
except TypeError as ex: print(ex)
class A: pass
class B(A): pass
try:
    class Y(A, B): pass
except TypeError as ex: print(ex)
class G: pass
g = G(); g.__class__ = E; print(type(g).__name__)
try: g.__class__ = int
except TypeError as ex: print(ex)
print(E.__dict__)
print(type(E.__dict__), E.__doc__, E.__bases__, E.__base__)
print(object.__repr__(e)[:13])
print(hash(e) == id(e) >> 4)
class N:
    __hash__ = None
try: {N(): 1}
except TypeError as ex: print(ex)
class Num:
    def __init__(s, v): s.v = v
    def __index__(s): return s.v
print([1,2,3][Num(1)], bin(Num(5)))
class Cmp:
    def __lt__(s, o): return "lt"
print(Cmp() < 1, 1 > Cmp())
try: Cmp() <= 1
except TypeError as ex: print(ex)
class It:
    def __init__(s): s.i = 0
    def __iter__(s): return s
    def __next__(s):
        s.i += 1
        if s.i > 3: raise StopIteration
        return s.i
print(list(It()))
class Ctx:
    def __contains__(s, x): return x == 5
print(5 in Ctx(), 4 in Ctx())
class Neg:
    def __neg__(s): return "neg"
    def __bool__(s): return False
print(-Neg(), not Neg())
try: -object()
except TypeError as ex: print(ex)
print(NotImplemented, Ellipsis, None, type(None)(), type(...))
raise KeyError("k")
