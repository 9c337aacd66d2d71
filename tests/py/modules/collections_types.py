# collections: defaultdict, Counter, OrderedDict, namedtuple and deque behave as CPython's.
from collections import defaultdict, Counter, OrderedDict, namedtuple, deque
d = defaultdict(list)
d["a"].append(1); d["b"]
print(d, d["a"], len(d), repr(defaultdict(int)), isinstance(d, dict))
try: defaultdict(1)
except TypeError as e: print(e)
dd = defaultdict(None); 
try: dd["x"]
except KeyError as e: print("KeyError", e)
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], c.total(), sorted(c.elements())[:4])
c.update("aaz"); c.subtract({"a": 1})
print(c, c + Counter("zz"), c - Counter("aaaa"), c & Counter("ab"), c | Counter("bbbbb"), -Counter(a=-2))
print(Counter(), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2))
o = OrderedDict(a=1, b=2, c=3)
o.move_to_end("a"); print(o); o.move_to_end("c", last=False); print(o, o.popitem(), o.popitem(last=False), o)
print(OrderedDict(), OrderedDict(a=1) == OrderedDict(a=1), list(reversed(OrderedDict(x=1, y=2))))
P = namedtuple("Point", "x y")
p = P(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), P._make([7, 8]), P._fields, len(p), p == (1, 2))
Q = namedtuple("Q", ["a", "b", "c"], defaults=[0, 1])
print(Q(9), Q._field_defaults, Q.__name__, Q.__doc__)
for bad in [("1x", "a"), ("X", "def"), ("X", "_a"), ("X", "a a")]:
    try: namedtuple(*bad)
    except ValueError as e: print(e)
try: P(1)
except TypeError as e: print(e)
x, y = p; print(x + y)
match p:
    case P(x=1, y=yy): print("matched", yy)
q = deque([1, 2, 3], maxlen=3)
q.append(4); q.appendleft(0); print(q, q.maxlen, len(q))
q.rotate(1); print(q); q.rotate(-2); print(q)
print(q.pop(), q.popleft(), q, deque(), deque("ab") + deque("c"), 2 in deque([2]))
try: deque().pop()
except IndexError as e: print(e)
q2 = deque(range(5)); q2.extendleft([10, 11]); print(q2, q2[0], q2[-1], q2.index(3), q2.count(0))
