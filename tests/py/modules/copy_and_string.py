# copy and string: shallow and deep copies (cycles, sharing, slots, __copy__/__deepcopy__), string constants and capwords.
import copy, string
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]["k"] is a[2]["k"], c == a)
cyc = [1]; cyc.append(cyc); d = copy.deepcopy(cyc); print(d[1] is d, d is not cyc)
t = (1, 2); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
class P:
    def __init__(self, x): self.x = x
p = P([1]); q = copy.copy(p); r = copy.deepcopy(p)
print(type(q).__name__, q.x is p.x, r.x is p.x, r.x == p.x)
class S:
    __slots__ = ("a", "b")
s = S(); s.a = [1]; s2 = copy.deepcopy(s); print(s2.a, s2.a is s.a, hasattr(s2, "b"))
class Custom:
    def __copy__(self): return "copied"
    def __deepcopy__(self, memo): return "deep"
print(copy.copy(Custom()), copy.deepcopy(Custom()), copy.copy(5), copy.deepcopy("s"))
shared = [0]; pair = [shared, shared]; dp = copy.deepcopy(pair); print(dp[0] is dp[1])
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   world  foo"), string.capwords("a-b-c", "-"))
