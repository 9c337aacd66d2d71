# Caches and reuse: small ints, interned strings, singletons, free lists.
import sys
a = 256; b = int("256"); c = 257; d = int("257")
print(a is b, c is d, -5 is int("-5"), -6 is int("-6"))
print(chr(97) is chr(97), chr(300) is chr(300), "" is str(), () is tuple([]), b"" is bytes())
s1 = "".join(["hel", "lo"]); s2 = "hello"
print(s1 == s2, s1 is s2, sys.intern(s1) is s2)
x = 1.5; i = id(x); del x
y = float("2.5"); print("float free list reuse:", id(y) == i)
l1 = []; i = id(l1); del l1
print("list free list reuse:", id([]) == i)
t = tuple([1, 2, 3]); i = id(t); del t
print("3-tuple free list reuse:", id(tuple([4, 5, 6])) == i)
print(None is None, type(None)() is None, NotImplemented is NotImplemented, ... is Ellipsis)
