"""Container datatypes (heapscope's collections module): defaultdict, Counter,
OrderedDict, namedtuple and deque, written in Python on top of dict, tuple
and list. They behave as CPython's; their sizes and GC layout are those of
the Python classes they are here (deque is a list inside, not blocks)."""

import sys as _sys
import operator as _operator
from operator import index as _index
from keyword import iskeyword as _iskeyword

__all__ = ["Counter", "OrderedDict", "defaultdict", "deque", "namedtuple"]

# The ids of the OrderedDicts and deques whose repr is being computed, so
# that one found inside itself is not expanded again.
_repr_running = set()


class defaultdict(dict):
    """A dict that calls default_factory() to supply missing values."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        super().__init__(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        return f"{type(self).__name__}({self.default_factory!r}, {dict.__repr__(self)})"

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


class Counter(dict):
    """A dict of counts: missing elements count zero."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __delitem__(self, elem):
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f"{self.__class__.__name__}()"
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f"{self.__class__.__name__}({d!r})"

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


# OrderedDict's size is CPython's: its C struct (112 bytes: the dict's 48,
# then od_first, od_last, od_fast_nodes, od_fast_nodes_size,
# od_resize_sentinel, od_state, od_inst_dict, od_weakreflist), the dict's
# keys, od_fast_nodes (one pointer per slot of the keys' hash table, as soon
# as a key was added, until clear()) and one 32-byte node per item:
#
#   getsizeof(od) = 16 (GC) + 112 + keys + 8 * dk_size + 32 * len(od)
#
# Here OrderedDict is a Python subclass of dict with a managed dict, whose
# 16-byte pre-header sys.getsizeof adds; __sizeof__ answers 16 less than
# CPython's so that getsizeof is exact.
_ODICT_BASICSIZE = 112
_MANAGED_DICT_PREHEADER = 16
_ODICT_NODE_SIZE = 32


def _dict_keys_size(log2_size, entry_size):
    """_PyDict_KeysSize: the header, the index table and the usable entries."""
    size = 1 << log2_size
    index_bytes = 1 if log2_size < 8 else 2 if log2_size < 16 else 4 if log2_size < 32 else 8
    return 32 + size * index_bytes + (2 * size // 3) * entry_size


def _dk_size(keys_bytes):
    """The hash-table size of a dict keys object of keys_bytes (str keys
    take 16-byte entries, others 24), or 0 for the shared empty keys."""
    log2 = 3
    while keys_bytes and _dict_keys_size(log2, 16) <= keys_bytes:
        if keys_bytes in (_dict_keys_size(log2, 16), _dict_keys_size(log2, 24)):
            return 1 << log2
        log2 += 1
    return 0


def _od_update(od, args, kwds):
    # CPython's mutablemapping_update: item by item through od[key] = value.
    if args:
        other = args[0]
        if type(other) is dict:
            for key, value in list(dict.items(other)):
                od[key] = value
        elif hasattr(other, "keys"):
            for key in other.keys():
                od[key] = other[key]
        elif hasattr(other, "items"):
            for key, value in other.items():
                od[key] = value
        else:
            for pair in other:
                pair = tuple(pair)
                if len(pair) != 2:
                    if len(pair) > 2:
                        raise ValueError("too many values to unpack (expected 2)")
                    plural = "" if len(pair) == 1 else "s"
                    raise ValueError(f"need more than {len(pair)} value{plural} to unpack")
                od[pair[0]] = pair[1]
    for key, value in kwds.items():
        od[key] = value


class OrderedDict(dict):
    """A dict that remembers insertion order and can reorder its keys."""

    def __init__(self, /, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f"expected at most 1 arguments, got {len(args)}")
        _od_update(self, args, kwds)

    def update(self, /, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f"update() takes at most 1 positional argument ({len(args)} given)")
        _od_update(self, args, kwds)

    def __sizeof__(self):
        size = dict.__sizeof__(self)
        fast_nodes = _dk_size(size - type(self).__basicsize__)
        return (size - OrderedDict.__basicsize__ + _ODICT_BASICSIZE - _MANAGED_DICT_PREHEADER
                + 8 * fast_nodes + _ODICT_NODE_SIZE * dict.__len__(self))

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        return key, dict.pop(self, key)

    def __repr__(self):
        if not self:
            return f"{self.__class__.__name__}()"
        # An OrderedDict inside itself shows as "...", as in CPython.
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            return f"{self.__class__.__name__}({list(self.items())!r})"
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    def copy(self):
        return self.__class__(self)

    __hash__ = None


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A tuple subclass whose fields also have names."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name)
                    or name.startswith("_") or name in seen):
                field_names[index] = f"_{index}"
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid "
                             f"identifiers: {name!r}")
        if _iskeyword(name):
            raise ValueError("Type names and field names cannot be a "
                             f"keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: "
                             f"{name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ", ".join(field_names)
    if num_fields == 1:
        arg_list += ","
    repr_fmt = "(" + ", ".join(f"{name}=%r" for name in field_names) + ")"
    tuple_new = tuple.__new__
    namespace = {"_tuple_new": tuple_new, "__builtins__": {}, "__name__": f"namedtuple_{typename}"}
    code = f"lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))"
    __new__ = eval(code, namespace)
    __new__.__name__ = "__new__"
    __new__.__doc__ = f"Create new instance of {typename}({arg_list})"
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f"Expected {num_fields} arguments, got {len(result)}")
        return result

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return result

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    class_namespace = {
        "__doc__": f"{typename}({arg_list})",
        "__slots__": (),
        "_fields": field_names,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": _make,
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = property(lambda self, _i=index: self[_i],
                                         doc=f"Alias for field number {index}")
    result = type(typename, (tuple,), class_namespace)
    __new__.__qualname__ = f"{typename}.__new__"
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass
    if module is not None:
        result.__module__ = module
    return result


_NO_ITERABLE = object()
_GenericAlias = type(list[int])
_BLOCKLEN = 64
_CENTER = (_BLOCKLEN - 1) // 2
# sizeof(dequeobject) and sizeof(block) in CPython 3.11: __sizeof__ is the object plus its blocks.
_DEQUE_BASICSIZE = 216
_BLOCK_SIZE = 8 * _BLOCKLEN + 16


class deque:
    """A double-ended queue, optionally bounded by maxlen.

    Laid out as CPython's: a chain of 64-slot blocks, the first item at
    _left in the first block, the last at _right in the last one. Appends
    and pops at either end take or free a block exactly when CPython's do,
    so sys.getsizeof follows CPython's; both ends are O(1).
    """

    __slots__ = ('_blocks', '_left', '_right', '_len', '_maxlen', '_state', '__weakref__')

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._blocks = [[None] * _BLOCKLEN]
        self._left = _CENTER + 1
        self._right = _CENTER
        self._len = 0
        self._maxlen = None
        self._state = 0
        return self

    def __init__(self, iterable=_NO_ITERABLE, maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        if self._len:
            self.clear()
        if iterable is not _NO_ITERABLE:
            self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def __sizeof__(self):
        extra = type(self).__basicsize__ - deque.__basicsize__
        return _DEQUE_BASICSIZE + extra + _BLOCK_SIZE * len(self._blocks)

    # The four ends, as deque_append_internal, deque_appendleft_internal,
    # deque_pop and deque_popleft. extend() and extendleft() call the first two
    # as _append and _appendleft, which a subclass's append() does not override.

    def append(self, x):
        if self._right == _BLOCKLEN - 1:
            self._blocks.append([None] * _BLOCKLEN)
            self._right = -1
        self._len += 1
        self._right += 1
        self._blocks[-1][self._right] = x
        if self._maxlen is not None and self._len > self._maxlen:
            self.popleft()
        else:
            self._state += 1

    def appendleft(self, x):
        if self._left == 0:
            self._blocks.insert(0, [None] * _BLOCKLEN)
            self._left = _BLOCKLEN
        self._len += 1
        self._left -= 1
        self._blocks[0][self._left] = x
        if self._maxlen is not None and self._len > self._maxlen:
            self.pop()
        else:
            self._state += 1

    _append = append
    _appendleft = appendleft

    def pop(self):
        if not self._len:
            raise IndexError("pop from an empty deque")
        block = self._blocks[-1]
        item = block[self._right]
        block[self._right] = None
        self._right -= 1
        self._len -= 1
        self._state += 1
        if self._right < 0:
            if self._len:
                self._blocks.pop()
                self._right = _BLOCKLEN - 1
            else:
                # Re-centred instead of freeing the only block.
                self._left = _CENTER + 1
                self._right = _CENTER
        return item

    def popleft(self):
        if not self._len:
            raise IndexError("pop from an empty deque")
        block = self._blocks[0]
        item = block[self._left]
        block[self._left] = None
        self._left += 1
        self._len -= 1
        self._state += 1
        if self._left == _BLOCKLEN:
            if self._len:
                del self._blocks[0]
                self._left = 0
            else:
                self._left = _CENTER + 1
                self._right = _CENTER
        return item

    def _extend(self, iterable, add, empty_left, empty_right):
        # deque_extend / deque_extendleft: a deque extended by itself reads a copy; with
        # maxlen 0 the iterable is consumed and dropped; an empty deque starts filling
        # from the far end of its block (CPython's space saving heuristic).
        if iterable is self:
            iterable = list(iterable)
        it = iter(iterable)
        if self._maxlen == 0:
            for _ in it:
                pass
            return
        if not self._len:
            self._left = empty_left
            self._right = empty_right
        for x in it:
            add(x)

    def extend(self, iterable):
        self._extend(iterable, self._append, 1, 0)

    def extendleft(self, iterable):
        self._extend(iterable, self._appendleft, _BLOCKLEN - 1, _BLOCKLEN - 2)

    def clear(self):
        items = list(self)
        self._blocks = [[None] * _BLOCKLEN]
        self._left = _CENTER + 1
        self._right = _CENTER
        self._len = 0
        self._state += 1
        del items

    def copy(self):
        if type(self) is deque:
            result = deque((), self._maxlen)
            if self._len == 1:
                result.append(self[0])
            else:
                result.extend(self)
            return result
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def __reduce__(self):
        return type(self), ((), self._maxlen), None, iter(self)

    def _rotate(self, n):
        # _deque_rotate moves whole runs between blocks; item by item gives the same layout.
        length = self._len
        if length <= 1:
            return
        half = length >> 1
        if n > half or n < -half:
            n %= length
            if n > half:
                n -= length
            elif n < -half:
                n += length
        while n > 0:
            self._appendleft_raw(self._pop_raw())
            n -= 1
        while n < 0:
            self._append_raw(self._popleft_raw())
            n += 1

    # The moves of rotate: no maxlen trim, no state change per item.

    def _pop_raw(self):
        block = self._blocks[-1]
        item = block[self._right]
        block[self._right] = None
        self._right -= 1
        if self._right < 0:
            self._blocks.pop()
            self._right = _BLOCKLEN - 1
        return item

    def _popleft_raw(self):
        block = self._blocks[0]
        item = block[self._left]
        block[self._left] = None
        self._left += 1
        if self._left == _BLOCKLEN:
            del self._blocks[0]
            self._left = 0
        return item

    def _append_raw(self, x):
        if self._right == _BLOCKLEN - 1:
            self._blocks.append([None] * _BLOCKLEN)
            self._right = -1
        self._right += 1
        self._blocks[-1][self._right] = x

    def _appendleft_raw(self, x):
        if self._left == 0:
            self._blocks.insert(0, [None] * _BLOCKLEN)
            self._left = _BLOCKLEN
        self._left -= 1
        self._blocks[0][self._left] = x

    def rotate(self, n=1):
        n = _index(n)
        self._rotate(n)
        self._state += 1

    def reverse(self):
        items = list(self)
        items.reverse()
        for i, x in enumerate(items):
            j = self._left + i
            self._blocks[j // _BLOCKLEN][j % _BLOCKLEN] = x
        self._state += 1

    def count(self, x):
        state = self._state
        n = 0
        for i in range(self._len):
            if self._get(i) == x:
                n += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return n

    def index(self, x, start=0, stop=_sys.maxsize):
        length = self._len
        start = _index(start)
        stop = _index(stop)
        if start < 0:
            start = max(start + length, 0)
        if stop < 0:
            stop = max(stop + length, 0)
        stop = min(stop, length)
        state = self._state
        for i in range(start, stop):
            if self._get(i) == x:
                return i
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i, x):
        i = _index(i)
        length = self._len
        if self._maxlen is not None and length >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        if i >= length:
            return self.append(x)
        if i <= -length or i == 0:
            return self.appendleft(x)
        self._rotate(-i)
        if i < 0:
            self.append(x)
        else:
            self.appendleft(x)
        self._rotate(i)

    def _del_item(self, i):
        self._rotate(-i)
        item = self.popleft()
        self._rotate(i)
        return item

    def remove(self, value):
        state = self._state
        for i in range(self._len):
            found = self._get(i) == value
            if state != self._state:
                raise IndexError("deque mutated during iteration")
            if found:
                self._del_item(i)
                return
        raise ValueError(f"{value!r} is not in deque")

    def _get(self, i):
        j = self._left + i
        return self._blocks[j // _BLOCKLEN][j % _BLOCKLEN]

    def _checked_index(self, i):
        if not isinstance(i, int):
            try:
                i = _index(i)
            except TypeError:
                raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'") from None
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, i):
        return self._get(self._checked_index(i))

    def __setitem__(self, i, x):
        i = self._checked_index(i)
        j = self._left + i
        self._blocks[j // _BLOCKLEN][j % _BLOCKLEN] = x

    def __delitem__(self, i):
        self._del_item(self._checked_index(i))

    def __len__(self):
        return self._len

    def __bool__(self):
        return self._len != 0

    def __iter__(self):
        state = self._state
        for i in range(self._len):
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            yield self._get(i)
        if state != self._state:
            raise RuntimeError("deque mutated during iteration")

    def __reversed__(self):
        state = self._state
        for i in range(self._len - 1, -1, -1):
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            yield self._get(i)

    def __contains__(self, x):
        state = self._state
        for i in range(self._len):
            if self._get(i) == x:
                return True
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return False

    def __repr__(self):
        # A deque inside itself shows as "[...]", as in CPython.
        key = id(self)
        if key in _repr_running:
            return "[...]"
        _repr_running.add(key)
        try:
            items = repr(list(self))
        finally:
            _repr_running.discard(key)
        if self._maxlen is None:
            return f"{type(self).__name__}({items})"
        return f"{type(self).__name__}({items}, maxlen={self._maxlen})"

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(list(self), list(other))

    def __eq__(self, other):
        return self._compare(other, _operator.eq)

    def __ne__(self, other):
        return self._compare(other, _operator.ne)

    def __lt__(self, other):
        return self._compare(other, _operator.lt)

    def __le__(self, other):
        return self._compare(other, _operator.le)

    def __gt__(self, other):
        return self._compare(other, _operator.gt)

    def __ge__(self, other):
        return self._compare(other, _operator.ge)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __imul__(self, n):
        n = _index(n)
        if n <= 0 or not self._len:
            self.clear()
            return self
        if n == 1:
            return self
        items = list(self)
        for _ in range(n - 1):
            self.extend(items)
        return self

    def __mul__(self, n):
        result = self.copy()
        return result.__imul__(n)

    __rmul__ = __mul__

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


def __getattr__(name):
    # CPython imports collections.abc at start-up, so `import collections`
    # alone gives collections.abc; here it is imported on first use.
    if name == "abc":
        import collections.abc
        return collections.abc
    raise AttributeError(f"module 'collections' has no attribute '{name}'")
