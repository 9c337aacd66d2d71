import sys
class Bad:
    def __set_name__(self, owner, name): raise ValueError("x")
try:
    class C:
        attr = Bad()
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
class G:
    def __init__(self): return 1
try: G()
except TypeError as e: print(e)
class H:
    def __hash__(self): return "a"
try: hash(H())
except TypeError as e: print(e)
class Bo:
    def __bool__(self): return 1
try: bool(Bo())
except TypeError as e: print(e)
class Le:
    def __len__(self): return -1
try: len(Le())
except ValueError as e: print(e)
class O:
    pass
o = O()
o.b = 1; o.a = 2
print(o.__dict__, vars(o))
try: o.zzz
except AttributeError as e: print(e, e.name, e.obj is o)
print(dir(o)[-3:])
class T:
    x = 1
    def m(self): pass
print(T.m, T().m.__func__ is T.__dict__['m'], T().m.__self__.__class__)
print(type(T.__dict__['m']), T.__dict__['x'])
t = T()
t.m2 = 5
print(getattr(t, 'm2'), hasattr(t, 'nope'))
del T.x
try: T.x
except AttributeError as e: print(e)
print(object(), type(object()), object.__subclasshook__(), object.__init_subclass__)
print(type(1).__mro__, bool.__mro__, type.__mro__)
print(int.__dict__['__add__'].__objclass__, int.__add__.__name__, int.__add__.__qualname__)
print((1).__add__(2), int.__add__(1, 2), (5).__neg__())
print(list.__dict__['append'].__name__, [].append.__self__, len.__self__)
print(str.maketrans, dict.fromkeys)
print(repr(type), repr(object), type(type), type(object))
print(sys.getsizeof(property()), sys.getsizeof(len), sys.getsizeof(T().m))
x = T(); print(sys.getrefcount(x)); m = x.m; print(sys.getrefcount(x)); del m; print(sys.getrefcount(x))
