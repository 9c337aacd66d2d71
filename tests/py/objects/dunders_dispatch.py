class V:
    def __init__(s, x): s.x = x
    def __add__(s, o):
        if isinstance(o, V): return V(s.x + o.x)
        return NotImplemented
    def __radd__(s, o): return V(o + s.x)
    def __iadd__(s, o): s.x += o; return s
    def __repr__(s): return f"V({s.x})"
    def __eq__(s, o): return isinstance(o, V) and s.x == o.x
    def __hash__(s): return hash(s.x)
    def __lt__(s, o): return s.x < o.x
print(V(1) + V(2), 3 + V(1), sum([V(1), V(2)], V(0)))
v = V(1); v += 5; print(v, {V(1): 'a'}[V(1)], sorted([V(3), V(1)]), V(1) > V(0))
try: V(1) + "a"
except TypeError as e: print(e)
class Seq:
    def __init__(s): s.d = {}
    def __getitem__(s, k): return ('get', k)
    def __setitem__(s, k, v): s.d[k] = v
    def __delitem__(s, k): del s.d[k]
s = Seq(); print(s[1:2], s[1, 2]); s['a'] = 1; del s['a']; print(s.d)
class Gen:
    def __iter__(s): yield from range(3)
print(list(Gen()), 2 in Gen())
class WithNew:
    def __new__(cls, *a):
        o = super().__new__(cls)
        o.args = a
        return o
print(WithNew(1, 2).args)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None: cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Counter:
    count = 0
    def __init__(self): type(self).count += 1
Counter(); Counter(); print(Counter.count)
class P2(property): pass
class UsesP2:
    @P2
    def v(self): return 9
print(UsesP2().v)
print(getattr(V(1), 'y', 'dflt'), vars(V(2)))
o = V(3); o.__dict__ = {'x': 10}; print(o.x)
class Slotted:
    __slots__ = ('a',)
class SubSlotted(Slotted):
    pass
ss = SubSlotted(); ss.a = 1; ss.b = 2; print(ss.a, ss.b, ss.__dict__)
def deco(cls):
    cls.added = True
    return cls
@deco
class Decorated: pass
print(Decorated.added)
class CallMe:
    def __call__(self, *a, **k): return (a, k)
print(CallMe()(1, x=2))
class Ctx:
    def __enter__(s): print("enter"); return s
    def __exit__(s, *a): print("exit", a[0]); return True
with Ctx(): raise ValueError
print(type(NotImplemented).__name__, type(...).__name__, type(None).__name__)
print(object.__eq__(1, 1), object.__ne__(1, 2), (1).__eq__(1.0))
class NoEq: pass
a1 = NoEq(); print(a1 == a1, a1 != NoEq(), a1.__eq__(1))
print(int.__dict__['__new__'] if False else int.__new__(int, 5), object.__new__(NoEq).__class__.__name__)
try: int.__new__(str)
except TypeError as e: print(e)
try: object.__new__(int)
except TypeError as e: print(e)
