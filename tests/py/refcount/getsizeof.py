# sys.getsizeof of common objects (64-bit CPython 3.11).
import sys
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30), sys.getsizeof(2**100))
print(sys.getsizeof(1.0), sys.getsizeof(True), sys.getsizeof(None))
print(sys.getsizeof(""), sys.getsizeof("a"), sys.getsizeof("abc"), sys.getsizeof("é"))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)))
print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2, 3]))
print(sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof(set()))
def f():
    pass
print(sys.getsizeof(f), sys.getsizeof(lambda: 0))
class E:
    pass
print(sys.getsizeof(E()))
class S:
    __slots__ = ("a", "b")
print(sys.getsizeof(S()))
def gen():
    yield 1
print(sys.getsizeof(gen()))
class Sized:
    def __sizeof__(self):
        return 100
print(sys.getsizeof(Sized()))
print(sys.getsizeof(object(), 5), sys.getsizeof(range(10)))
sizes = []
lst = []
for i in range(10):
    sizes.append(sys.getsizeof(lst))
    lst.append(i)
print(sizes)
