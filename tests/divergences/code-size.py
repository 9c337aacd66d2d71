# description: sys.getsizeof of every code object is 200 in heapscope (CPython: 192 for lambda: 0, 248 here).
# cause: CPython's code object is 184 bytes plus 2 per code unit of its bytecode (inline
#   caches included), rounded up to 8. heapscope compiles Python to JavaScript and has no
#   bytecode, so it gives every code object 8 code units. The type's __basicsize__ (184)
#   and __itemsize__ (2) are CPython's.
# workaround: none needed unless you compare the sizes of code objects.
# issue: 4 (code objects)
import sys


def long_function(a, b):
    total = 0
    for i in range(a):
        total += i * b
    return total


code = (lambda: 0).__code__
print(sys.getsizeof(code), type(code).__basicsize__, type(code).__itemsize__)
print(sys.getsizeof(long_function.__code__))
