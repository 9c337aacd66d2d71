"""Higher-order functions (heapscope's functools module, in Python): reduce,
partial, wraps and update_wrapper, lru_cache and cache, total_ordering,
cmp_to_key and cached_property."""

__all__ = ["update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES",
           "total_ordering", "cache", "cmp_to_key", "lru_cache", "reduce",
           "partial", "cached_property"]

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__",
                       "__annotations__")
WRAPPER_UPDATES = ("__dict__",)

_initial_missing = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    """partial(func, *args, **keywords): a callable with some arguments fixed."""

    __slots__ = ("func", "args", "keywords", "__dict__", "__weakref__")

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        qualname = type(self).__qualname__
        module = type(self).__module__
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        if module == "functools":
            return f"functools.{qualname}({', '.join(args)})"
        return f"{qualname}({', '.join(args)})"


def _total_ordering_root(cls):
    roots = {op for op in ("__lt__", "__le__", "__gt__", "__ge__")
             if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    return max(roots)


def total_ordering(cls):
    """Fills in the missing ordering methods from one of < <= > >= and ==."""
    root = _total_ordering_root(cls)

    def from_lt():
        def __gt__(self, other):
            r = type(self).__lt__(self, other)
            return NotImplemented if r is NotImplemented else (not r and self != other)
        def __le__(self, other):
            r = type(self).__lt__(self, other)
            return NotImplemented if r is NotImplemented else (r or self == other)
        def __ge__(self, other):
            r = type(self).__lt__(self, other)
            return NotImplemented if r is NotImplemented else not r
        return {"__gt__": __gt__, "__le__": __le__, "__ge__": __ge__}

    def from_le():
        def __ge__(self, other):
            r = type(self).__le__(self, other)
            return NotImplemented if r is NotImplemented else (not r or self == other)
        def __lt__(self, other):
            r = type(self).__le__(self, other)
            return NotImplemented if r is NotImplemented else (r and self != other)
        def __gt__(self, other):
            r = type(self).__le__(self, other)
            return NotImplemented if r is NotImplemented else not r
        return {"__ge__": __ge__, "__lt__": __lt__, "__gt__": __gt__}

    def from_gt():
        def __lt__(self, other):
            r = type(self).__gt__(self, other)
            return NotImplemented if r is NotImplemented else (not r and self != other)
        def __ge__(self, other):
            r = type(self).__gt__(self, other)
            return NotImplemented if r is NotImplemented else (r or self == other)
        def __le__(self, other):
            r = type(self).__gt__(self, other)
            return NotImplemented if r is NotImplemented else not r
        return {"__lt__": __lt__, "__ge__": __ge__, "__le__": __le__}

    def from_ge():
        def __le__(self, other):
            r = type(self).__ge__(self, other)
            return NotImplemented if r is NotImplemented else (not r or self == other)
        def __gt__(self, other):
            r = type(self).__ge__(self, other)
            return NotImplemented if r is NotImplemented else (r and self != other)
        def __lt__(self, other):
            r = type(self).__ge__(self, other)
            return NotImplemented if r is NotImplemented else not r
        return {"__le__": __le__, "__gt__": __gt__, "__lt__": __lt__}

    made = {"__lt__": from_lt, "__le__": from_le, "__gt__": from_gt, "__ge__": from_ge}[root]()
    for name, func in made.items():
        if name not in dir(cls) or getattr(cls, name) is getattr(object, name, None):
            func.__qualname__ = f"{cls.__qualname__}.{name}"
            setattr(cls, name, func)
    return cls


def cmp_to_key(mycmp):
    """Turns an old-style cmp(a, b) function into a key function."""
    class K:
        __slots__ = ["obj"]

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


class _CacheInfo(tuple):
    __slots__ = ()

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    _fields = ("hits", "misses", "maxsize", "currsize")

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % tuple(self)


# CPython's is namedtuple("CacheInfo", ...), bound to functools._CacheInfo.
_CacheInfo.__name__ = _CacheInfo.__qualname__ = "CacheInfo"


_kwd_mark = (object(),)


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in {int, str}:
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    """Memoizes a function, keeping the maxsize most recently used results."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return update_wrapper(_lru_wrapper(user_function, maxsize, typed), user_function)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return update_wrapper(_lru_wrapper(user_function, maxsize, typed), user_function)
    return decorating_function


class _lru_cache_wrapper:
    """The callable lru_cache returns: the user function and its cache.

    Its size is that of CPython's C type (sys.getsizeof 168 whatever the
    cache holds: the cache dict is an object of its own). CPython keeps the
    instance dict's pointer inside its 152-byte struct; this class has a
    managed dict, whose 16-byte pre-header sys.getsizeof adds to
    __sizeof__, so __sizeof__ answers 152 - 16.
    """

    __slots__ = ("_func", "_cache", "_hits", "_misses", "_maxsize", "_typed",
                 "__dict__", "__weakref__")

    def __init__(self, user_function, maxsize, typed):
        self._func = user_function
        self._cache = {}
        self._hits = self._misses = 0
        self._maxsize = maxsize
        self._typed = typed

    def __call__(self, /, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self._func(*args, **kwds)
        cache = self._cache
        key = _make_key(args, kwds, self._typed)
        if key in cache:
            self._hits += 1
            result = cache.pop(key)
            cache[key] = result  # most recently used last
            return result
        self._misses += 1
        result = self._func(*args, **kwds)
        if key not in cache:
            cache[key] = result
            if maxsize is not None and len(cache) > maxsize:
                del cache[next(iter(cache))]
        return result

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return _MethodType(self, instance)

    def cache_info(self):
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        self._cache.clear()
        self._hits = self._misses = 0

    def __reduce__(self):
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __sizeof__(self):
        return _LRU_CACHE_BASICSIZE - _MANAGED_DICT_PREHEADER


# CPython's lru_cache_object: the root link of the LRU list (an object header
# and prev, next, hash, key, result: 56 bytes), then 12 words (wrapper,
# typed, cache, hits, func, maxsize, misses, kwd_mark, lru_list_elem_type,
# cache_info_type, dict, weakreflist).
_LRU_CACHE_BASICSIZE = 56 + 12 * 8
_MANAGED_DICT_PREHEADER = 16
_MethodType = type(_CacheInfo.__repr__.__get__(0))


def _lru_wrapper(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
    wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
    return wrapper


def cache(user_function, /):
    """An unbounded lru_cache."""
    return lru_cache(maxsize=None)(user_function)


class cached_property:
    """A property computed once per instance, then stored in its __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        cache = instance.__dict__
        val = cache.get(self.attrname, _initial_missing)
        if val is _initial_missing:
            val = self.func(instance)
            cache[self.attrname] = val
        return val
