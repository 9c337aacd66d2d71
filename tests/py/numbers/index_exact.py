# operator.index and range() convert with PyNumber_Index: exact ints, bools included.
print(repr(range(True).stop), repr(range(5).stop), type(range(2**70).stop))
class I(int): pass
print(type(range(I(3)).stop).__name__)
class X:
    def __index__(self): return 7
print(range(X()).stop)
import operator
print(repr(operator.index(True)), type(operator.index(I(3))).__name__, operator.index(X()))
try: operator.index('a')
except TypeError as e: print(e)
