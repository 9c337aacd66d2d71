import sys
class C:
    __slots__ = ('a',)
    def f(self): pass
class E: pass
items = [ValueError(), OSError(), SyntaxError(), KeyError(), StopIteration(), property(), staticmethod(len), classmethod(len),
         super(C, C()), (1).__add__, int.__add__, int.real, C.a, E.__dict__, list.append, [].append, len, C().f, None, NotImplemented, ...,
         object(), E(), C(), E, C, type, int, ExceptionGroup('m', [ValueError()])]
print([sys.getsizeof(x) for x in items])
