import sys
u = int | str | None
print(repr(u), u.__args__, int | int, type(int|int), (int|str) == (str|int), hash(int|str) == hash(str|int))
print(repr(list[int]), list[int].__origin__, list[int].__args__, repr(dict[str, list[int]]), repr(tuple[int, ...]), repr(type[int]))
print(list[int]([1,2]), list[int] == list[int], type(list[int]).__name__, type(list[int]).__module__)
try: isinstance([], list[int])
except TypeError as e: print(e)
print(isinstance(None, int | None), issubclass(bool, int | str))
try: int | 1
except TypeError as e: print(e)
print(sys.getsizeof(list[int]), sys.getsizeof(int | str))
print(repr(list[int] | None))
class C: pass
print(repr(list[C]), repr(C | None))
class L(list): pass
print(L[int], type(u).__name__)
