"""Operators as functions (heapscope's operator module, in Python: the
functions are Python functions, not CPython's built-in ones)."""

__all__ = ["abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf",
           "delitem", "eq", "floordiv", "ge", "getitem", "gt", "iadd", "iand",
           "iconcat", "ifloordiv", "ilshift", "imatmul", "imod", "imul",
           "index", "indexOf", "inv", "invert", "ior", "ipow", "irshift",
           "is_", "is_not", "isub", "itemgetter", "itruediv", "ixor", "le",
           "length_hint", "lshift", "lt", "matmul", "methodcaller", "mod",
           "mul", "ne", "neg", "not_", "or_", "pos", "pow", "rshift",
           "setitem", "sub", "truediv", "truth", "xor"]

import sys as _sys

_abs = abs


def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b
def not_(a): return not a
def truth(a): return True if a else False
def is_(a, b): return a is b
def is_not(a, b): return a is not b
def abs(a): return _abs(a)
def add(a, b): return a + b
def and_(a, b): return a & b
def floordiv(a, b): return a // b
def index(a): return range(a).stop  # range() converts with PyNumber_Index, as index() does
def inv(a): return ~a
invert = inv
def lshift(a, b): return a << b
def mod(a, b): return a % b
def mul(a, b): return a * b
def matmul(a, b): return a @ b
def neg(a): return -a
def or_(a, b): return a | b
def pos(a): return +a
def pow(a, b): return a ** b
def rshift(a, b): return a >> b
def sub(a, b): return a - b
def truediv(a, b): return a / b
def xor(a, b): return a ^ b


def concat(a, b):
    if not hasattr(a, "__getitem__"):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b


def contains(a, b): return b in a


def countOf(a, b):
    return sum(1 for x in a if x is b or x == b)


def delitem(a, b): del a[b]
def getitem(a, b): return a[b]


def indexOf(a, b):
    for i, x in enumerate(a):
        if x is b or x == b:
            return i
    raise ValueError("sequence.index(x): x not in sequence")


def setitem(a, b, c): a[b] = c


def length_hint(obj, default=0):
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an integer")
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    val = hint(obj)
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError(f"__length_hint__ must be integer, not {type(val).__name__}")
    if val < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return val


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


# attrgetter, itemgetter and methodcaller: the slots are the fields of
# CPython's structs, so their sizes are CPython's (attrgetter 40 bytes,
# itemgetter 48, methodcaller 40, + 16 of GC header for getsizeof).
# _vectorcall holds the function a call runs (CPython's vectorcall pointer).


class attrgetter:
    """attrgetter('a.b', 'c')(obj) -> (obj.a.b, obj.c)"""
    __slots__ = ("_nattrs", "_attr", "_vectorcall")

    def __init__(self, attr, *attrs):
        self._nattrs = 1 + len(attrs)
        if not attrs:
            if not isinstance(attr, str):
                raise TypeError("attribute name must be a string")
            self._attr = (attr,)
            names = attr.split(".")

            def func(obj):
                for name in names:
                    obj = getattr(obj, name)
                return obj
            self._vectorcall = func
        else:
            self._attr = (attr,) + attrs
            getters = tuple(map(attrgetter, self._attr))

            def func(obj):
                return tuple(getter(obj) for getter in getters)
            self._vectorcall = func

    def __call__(self, obj):
        return self._vectorcall(obj)

    def __repr__(self):
        return "%s.%s(%s)" % (self.__class__.__module__, self.__class__.__qualname__,
                              ", ".join(map(repr, self._attr)))


class itemgetter:
    """itemgetter(1, 0)(seq) -> (seq[1], seq[0])"""
    # _index: the item when it is one int in 0..sys.maxsize (CPython's fast
    # path for a list or tuple), else -1.
    __slots__ = ("_nitems", "_item", "_index", "_vectorcall")

    def __init__(self, item, *items):
        self._nitems = 1 + len(items)
        if not items:
            self._item = item
            self._index = item if type(item) is int and 0 <= item <= _sys.maxsize else -1

            def func(obj):
                return obj[item]
            self._vectorcall = func
        else:
            self._item = items = (item,) + items
            self._index = -1

            def func(obj):
                return tuple(obj[i] for i in items)
            self._vectorcall = func

    def __call__(self, obj):
        return self._vectorcall(obj)

    def __repr__(self):
        items = (self._item,) if self._nitems == 1 else self._item
        return "%s.%s(%s)" % (self.__class__.__module__, self.__class__.__name__,
                              ", ".join(map(repr, items)))


class methodcaller:
    """methodcaller('m', 1, k=2)(obj) -> obj.m(1, k=2)"""
    __slots__ = ("_name", "_args", "_kwargs")

    def __init__(self, name, /, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError("method name must be a string")
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        args = [repr(self._name)]
        args.extend(map(repr, self._args))
        args.extend("%s=%r" % (k, v) for k, v in self._kwargs.items())
        return "%s.%s(%s)" % (self.__class__.__module__, self.__class__.__name__, ", ".join(args))


def iadd(a, b):
    a += b
    return a
def iand(a, b):
    a &= b
    return a
def iconcat(a, b):
    if not hasattr(a, "__getitem__"):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    a += b
    return a
def ifloordiv(a, b):
    a //= b
    return a
def ilshift(a, b):
    a <<= b
    return a
def imod(a, b):
    a %= b
    return a
def imul(a, b):
    a *= b
    return a
def imatmul(a, b):
    a @= b
    return a
def ior(a, b):
    a |= b
    return a
def ipow(a, b):
    a **= b
    return a
def irshift(a, b):
    a >>= b
    return a
def isub(a, b):
    a -= b
    return a
def itruediv(a, b):
    a /= b
    return a
def ixor(a, b):
    a ^= b
    return a


for _name in ["lt", "le", "eq", "ne", "ge", "gt", "not", "abs", "add", "and", "floordiv",
              "index", "inv", "invert", "lshift", "mod", "mul", "matmul", "neg", "or", "pos",
              "pow", "rshift", "sub", "truediv", "xor", "concat", "contains", "delitem",
              "getitem", "setitem", "iadd", "iand", "iconcat", "ifloordiv", "ilshift", "imod",
              "imul", "imatmul", "ior", "ipow", "irshift", "isub", "itruediv", "ixor", "call"]:
    globals()[f"__{_name}__"] = globals()[_name + "_" if _name in ("not", "and", "or") else _name]
del _name
