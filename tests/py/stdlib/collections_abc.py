# collections.abc: isinstance/issubclass for the built-in types, __subclasshook__, register(),
# abstract methods and the mixin methods of Set, Mapping, Sequence and their mutable variants.
import collections
import collections.abc as abc
from collections.abc import (Iterable, Iterator, Generator, Reversible, Sized, Container, Hashable,
                             Callable, Collection, Sequence, MutableSequence, Mapping,
                             MutableMapping, Set, MutableSet, KeysView, ItemsView, ValuesView,
                             MappingView, Awaitable, Coroutine, AsyncIterable, AsyncIterator,
                             AsyncGenerator, ByteString)
import _collections_abc

print(collections.abc is abc, _collections_abc.Iterable is Iterable, abc.__name__)
print(Iterable, Sequence.__module__, sorted(abc.__all__)[:5])


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


samples = [[], (), "", b"", bytearray(), {}, set(), frozenset(), range(3), 5, 2.5, None,
           iter([]), gen(), {}.keys(), {}.values(), {}.items(), len, lambda: 0, type,
           type.__dict__, reversed([]), zip(), agen()]
abcs = [Iterable, Iterator, Generator, Reversible, Sized, Container, Hashable, Callable,
        Collection, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet,
        KeysView, ItemsView, ValuesView, MappingView, ByteString, AsyncIterable,
        AsyncIterator, AsyncGenerator, Awaitable, Coroutine]
for s in samples:
    print(type(s).__name__, "".join("1" if isinstance(s, a) else "." for a in abcs))
c = coro()
print("coroutine", isinstance(c, Awaitable), isinstance(c, Coroutine), isinstance(c, Iterable))
c.close()
print(issubclass(list, Hashable), issubclass(tuple, Hashable), issubclass(dict, Reversible))


# Structural checks through __subclasshook__.
class OnlyIter:
    def __iter__(self):
        return iter([1, 2])


class Opted(OnlyIter):
    __iter__ = None


class Unhashable:
    __hash__ = None


class Full:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False


print(isinstance(OnlyIter(), Iterable), isinstance(Opted(), Iterable), isinstance(OnlyIter(), Iterator),
      isinstance(Unhashable(), Hashable), isinstance(Full(), Collection), isinstance(Full(), Sequence))


# register() makes virtual subclasses (only for the ABC it is registered with and its bases).
class Thing:
    pass


print(issubclass(Thing, Sequence), Sequence.register(Thing) is Thing, issubclass(Thing, Sequence),
      issubclass(Thing, Reversible), issubclass(Thing, MutableSequence), Thing in Sequence.__subclasses__())
try:
    Sequence.register(5)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(5, Iterable)
except TypeError as e:
    print("TypeError", e)


# Abstract methods.
for a in (Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Iterator, Generator,
          Coroutine, AsyncGenerator, Hashable, Sized):
    print(a.__name__, sorted(a.__abstractmethods__))
try:
    Sequence()
except TypeError as e:
    print(e)


class Half(Mapping):
    def __getitem__(self, k):
        return k


try:
    Half()
except TypeError as e:
    print(e)


# Sequence mixins.
class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i


sq = Squares(6)
print(list(sq), 9 in sq, 10 in sq, list(reversed(sq)), sq.index(16), sq.index(4, 1, 5), sq.count(4),
      sq[1:4], len(sq), isinstance(sq, Reversible))
for args in ((7,), (4, 3), (4, -2), (0, 1, 0)):
    try:
        print(sq.index(*args))
    except ValueError as e:
        print("ValueError", repr(e))


class MyList(MutableSequence):
    def __init__(self, items=()):
        self.data = list(items)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return self.data[i]

    def __setitem__(self, i, v):
        self.data[i] = v

    def __delitem__(self, i):
        del self.data[i]

    def insert(self, i, v):
        self.data.insert(i, v)

    def __repr__(self):
        return f"MyList({self.data})"


m = MyList([3, 1])
m.append(4)
m.extend([1, 5])
m += [9]
print(m, m.pop(), m.pop(0), m)
m.remove(1)
m.reverse()
print(m, m.count(1), m.index(4))
m.extend(m)
print(m)
m.clear()
print(m, len(m))
try:
    m.pop()
except IndexError as e:
    print("IndexError", e)
try:
    m.remove(42)
except ValueError as e:
    print("ValueError", repr(e))


# Mapping mixins and the views.
class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return f"Frozen({self._d})"


f = Frozen(a=1, b=2)
print(f.get("a"), f.get("z"), f.get("z", 0), "a" in f, "z" in f, f == {"a": 1, "b": 2}, f != {"a": 1},
      f == 5, list(f.keys()), list(f.items()), list(f.values()))
print(f.keys(), type(f.items()).__name__, f.values())
ks = f.keys()
print(ks & {"a", "x"}, ks | {"c"}, ks - {"a"}, ks ^ {"a", "q"}, {"a"} & ks, ("a", 1) in f.items(),
      ("a", 2) in f.items(), ("q", 1) in f.items(), 2 in f.values(), 7 in f.values(), len(ks))
print(f.keys() == {"a", "b"}, f.keys() <= {"a", "b", "c"}, f.keys() < {"a"}, f.keys().isdisjoint(["z"]))
try:
    reversed(f)
except TypeError as e:
    print("TypeError", e)
try:
    hash(f)
except TypeError as e:
    print("TypeError", e)


class Store(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


s = Store()
s.update({"x": 1}, y=2)
s.update([("z", 3)])
s.update(f)
print(dict(s), s.setdefault("x", 9), s.setdefault("w", 0), s.pop("y"), s.pop("nope", "dflt"),
      s.popitem(), dict(s))
try:
    s.pop("nope")
except KeyError as e:
    print("KeyError", e)
s.clear()
try:
    s.popitem()
except KeyError as e:
    print("KeyError", repr(e))
print(len(s), isinstance(s, Mapping), isinstance(s, dict))


# Set mixins.
class ListSet(Set):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            if x not in self.items:
                self.items.append(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return f"ListSet({self.items})"

    __hash__ = Set._hash


a, b = ListSet([1, 2, 3]), ListSet([3, 4])
print(a & b, a | b, a - b, b - a, a ^ b, a & [2, 9], [2, 9] & a if False else "", a <= a, a < a, a < ListSet([1, 2, 3, 4]),
      a > ListSet([1]), a >= b, a == ListSet([3, 2, 1]), a == {1, 2, 3}, a != b, a.isdisjoint([7]),
      a.isdisjoint([1]))
print(hash(ListSet([1, 2, 3])) == hash(frozenset({1, 2, 3})), hash(ListSet()) == hash(frozenset()),
      hash(ListSet(["a", (1, 2)])) == hash(frozenset({"a", (1, 2)})))
try:
    a | 5
except TypeError as e:
    print("TypeError", e)
try:
    a < [1]
except TypeError as e:
    print("TypeError", e)


class MSet(MutableSet):
    def __init__(self, items=()):
        self.s = set(items)

    def __contains__(self, x):
        return x in self.s

    def __iter__(self):
        return iter(sorted(self.s))

    def __len__(self):
        return len(self.s)

    def add(self, x):
        self.s.add(x)

    def discard(self, x):
        self.s.discard(x)

    def __repr__(self):
        return f"MSet({sorted(self.s)})"


ms = MSet([1, 2, 3])
ms |= [4]
ms -= [1]
ms &= {2, 3, 4, 5}
ms ^= [3, 6]
print(ms, ms.pop(), ms)
ms.remove(4)
try:
    ms.remove(4)
except KeyError as e:
    print("KeyError", e)
ms ^= ms
print(ms)
ms.add(1)
ms.clear()
try:
    ms.pop()
except KeyError as e:
    print("KeyError", repr(e))


# Iterator and Generator mixins.
class Count(Iterator):
    def __init__(self):
        self.i = 0

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i


c = Count()
print(iter(c) is c, list(c))


class Gen(Generator):
    def __init__(self):
        self.n = 0

    def send(self, v):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return (self.n, v)

    def throw(self, typ, val=None, tb=None):
        raise typ


g = Gen()
print(next(g), g.send("x"), list(Gen()))
g.close()


class Stubborn(Generator):
    def send(self, v):
        return v

    def throw(self, *a):
        return "ignored"


try:
    Stubborn().close()
except RuntimeError as e:
    print("RuntimeError", e)

print(list[int], Iterable[int], Callable[[int], str] if False else "", Mapping.__reversed__,
      MutableMapping.__hash__)
print(collections.abc.Sized.__subclasshook__(list), Collection.__subclasshook__(list),
      Sequence.__subclasshook__(list))

# Subscriptions: Callable flattens its argument list (collections.abc._CallableGenericAlias).
for make in (lambda: Callable[[int], str], lambda: Callable[[], None], lambda: Callable[..., int],
             lambda: Callable[[int, "x"], list[int]], lambda: Callable[int],
             lambda: Callable[int, str], lambda: Mapping[str, int], lambda: Iterable[int]):
    try:
        a = make()
        print(a, a.__args__, a.__origin__, a == make())
    except TypeError as e:
        print("TypeError", e)
