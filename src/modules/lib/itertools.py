"""Iterator building blocks (heapscope's itertools module, in Python). Each
iterator is a class named as CPython's, producing the same values in the
same order with the same errors.

Sizes. Each class's __slots__ are the fields of CPython's C struct, in its
order, so __basicsize__ and sys.getsizeof are CPython's (16 bytes of object
header + 8 per field, + 16 of GC header for getsizeof):

    count        _cnt _long_cnt _long_step                     40
    islice       _it _next _stop _step _cnt                     56
    zip_longest  _tuplesize _numactive _ittuple _result _fill  56
    _tee         _dataobj _index __weakref__                    40
    product      _pools _indices _result _stopped               48  + 8 per pool
    permutations _pool _indices _cycles _result _r _stopped    64  + 8 per pool item + 8 * r
    combinations _pool _indices _result _r _stopped             56  + 8 * r

CPython keeps the index arrays of product, permutations and combinations in
raw memory counted by their __sizeof__; here they are lists (separate
objects), and __sizeof__ counts what CPython's arrays would take."""

import sys as _sys

__all__ = ["accumulate", "chain", "combinations", "combinations_with_replacement",
           "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby",
           "islice", "pairwise", "permutations", "product", "repeat", "starmap",
           "takewhile", "tee", "zip_longest"]


class _Iter:
    __slots__ = ()

    def __iter__(self):
        return self


class count(_Iter):
    # CPython's countobject: a machine-word counter while it fits and the
    # step is 1 (_cnt, "fast mode"), else an int object (_long_cnt).
    __slots__ = ("_cnt", "_long_cnt", "_long_step")

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(type(v), "__add__"):
                raise TypeError("a number is required")
        self._long_step = step
        if (type(start) is int and type(step) is int and step == 1
                and -_sys.maxsize - 1 <= start < _sys.maxsize):
            self._cnt = start
            self._long_cnt = None
        else:
            self._cnt = None
            self._long_cnt = start

    def __next__(self):
        if self._long_cnt is None:
            n = self._cnt
            if n < _sys.maxsize:
                self._cnt = n + 1
                return n
            self._cnt = None
            self._long_cnt = n
        n = self._long_cnt
        self._long_cnt = n + self._long_step
        return n

    def __repr__(self):
        if self._long_cnt is None:
            return f"count({self._cnt!r})"
        if type(self._long_step) is int and self._long_step == 1:
            return f"count({self._long_cnt!r})"
        return f"count({self._long_cnt!r}, {self._long_step!r})"


class cycle(_Iter):
    __slots__ = ("_it", "_saved", "_i", "_first")

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._i = 0
        self._first = True

    def __next__(self):
        if self._first:
            try:
                x = next(self._it)
            except StopIteration:
                self._first = False
            else:
                self._saved.append(x)
                return x
        if not self._saved:
            raise StopIteration
        x = self._saved[self._i]
        self._i = (self._i + 1) % len(self._saved)
        return x


class repeat(_Iter):
    __slots__ = ("_obj", "_times")

    def __init__(self, object, times=None):
        self._obj = object
        self._times = None if times is None else max(0, times.__index__())

    def __next__(self):
        if self._times is not None:
            if self._times <= 0:
                raise StopIteration
            self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._obj!r})"
        return f"repeat({self._obj!r}, {self._times})"


class accumulate(_Iter):
    __slots__ = ("_it", "_func", "_total", "_started")

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = initial
        self._started = initial is None

    def __next__(self):
        if not self._started:
            self._started = True
            return self._total
        x = next(self._it)
        if self._total is None:
            self._total = x
        elif self._func is None:
            self._total = self._total + x
        else:
            self._total = self._func(self._total, x)
        return self._total


class chain(_Iter):
    __slots__ = ("_source", "_active")

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls()
        self._source = iter(iterable)
        return self

    def __next__(self):
        while True:
            if self._active is None:
                self._active = iter(next(self._source))
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


class compress(_Iter):
    __slots__ = ("_data", "_selectors")

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __next__(self):
        while True:
            d = next(self._data)
            if next(self._selectors):
                return d


class dropwhile(_Iter):
    __slots__ = ("_pred", "_it", "_dropping")

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __next__(self):
        while True:
            x = next(self._it)
            if self._dropping and self._pred(x):
                continue
            self._dropping = False
            return x


class takewhile(_Iter):
    __slots__ = ("_pred", "_it", "_done")

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __next__(self):
        if self._done:
            raise StopIteration
        x = next(self._it)
        if self._pred(x):
            return x
        self._done = True
        raise StopIteration


class filterfalse(_Iter):
    __slots__ = ("_pred", "_it")

    def __init__(self, function, iterable):
        self._pred = bool if function is None else function
        self._it = iter(iterable)

    def __next__(self):
        while True:
            x = next(self._it)
            if not self._pred(x):
                return x


class groupby(_Iter):
    __slots__ = ("_it", "_key", "_tgtkey", "_currkey", "_currvalue", "_id")

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._key = key
        self._currkey = self._tgtkey = self._currvalue = _MISSING
        self._id = object()

    def __next__(self):
        self._id = object()
        while self._currkey is not _MISSING and self._currkey == self._tgtkey:
            self._step()
        if self._currkey is _MISSING:
            self._step()
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._id))

    def _step(self):
        self._currvalue = next(self._it)
        self._currkey = self._currvalue if self._key is None else self._key(self._currvalue)


_MISSING = object()


class _grouper(_Iter):
    __slots__ = ("_parent", "_id")

    def __init__(self, parent, id):
        self._parent = parent
        self._id = id

    def __next__(self):
        parent = self._parent
        if parent._id is not self._id:
            raise StopIteration
        if parent._currkey is _MISSING:
            parent._step()
        if parent._currkey != parent._tgtkey:
            raise StopIteration
        value = parent._currvalue
        parent._currkey = _MISSING
        return value


_grouper.__name__ = _grouper.__qualname__ = "_grouper"


class islice(_Iter):
    # CPython's isliceobject: _next is the index of the next item to return,
    # _cnt how many items were taken from the iterator, _stop -1 for None.
    __slots__ = ("_it", "_next", "_stop", "_step", "_cnt")

    def __init__(self, iterable, *args):
        if len(args) == 0:
            raise TypeError("islice expected at least 2 arguments, got 1")
        if len(args) > 3:
            raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}")
        s = slice(*args)
        start, stop, step = s.start or 0, s.stop, 1 if s.step is None else s.step
        if stop is not None and (not isinstance(stop, int) or stop < 0 or stop > _sys.maxsize):
            raise ValueError("Stop argument for islice() must be None or an integer: "
                             "0 <= x <= sys.maxsize.")
        if not isinstance(start, int) or start < 0 or start > _sys.maxsize:
            raise ValueError("Indices for islice() must be None or an integer: "
                             "0 <= x <= sys.maxsize.")
        if not isinstance(step, int) or step < 1 or step > _sys.maxsize:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(iterable)
        self._next = int(start)
        self._stop = -1 if stop is None else int(stop)
        self._step = int(step)
        self._cnt = 0

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._cnt < self._next:
                next(it)
                self._cnt += 1
            if stop != -1 and self._cnt >= stop:
                # Consumed up to the stop, as CPython does: stop for good.
                raise StopIteration
            x = next(it)
        except BaseException:
            self._it = None
            raise
        self._cnt += 1
        old = self._next
        self._next = old + self._step
        if stop != -1 and self._next > stop:
            self._next = stop
        return x


class pairwise(_Iter):
    __slots__ = ("_it", "_last")

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._last = _MISSING

    def __next__(self):
        if self._last is _MISSING:
            self._last = next(self._it)
        b = next(self._it)
        a, self._last = self._last, b
        return (a, b)


class starmap(_Iter):
    __slots__ = ("_func", "_it")

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __next__(self):
        return self._func(*next(self._it))


class zip_longest(_Iter):
    # CPython's ziplongestobject; _ittuple has None for each exhausted
    # iterator, _result (CPython's recycled result tuple) stays None here.
    __slots__ = ("_tuplesize", "_numactive", "_ittuple", "_result", "_fill")

    def __init__(self, *iterables, fillvalue=None):
        self._ittuple = [iter(i) for i in iterables]
        self._tuplesize = self._numactive = len(self._ittuple)
        self._result = None
        self._fill = fillvalue

    def __next__(self):
        if self._tuplesize == 0 or self._numactive == 0:
            raise StopIteration
        out = []
        its = self._ittuple
        for i in range(self._tuplesize):
            it = its[i]
            if it is None:
                out.append(self._fill)
                continue
            try:
                out.append(next(it))
            except StopIteration:
                self._numactive -= 1
                if self._numactive == 0:
                    raise
                its[i] = None
                out.append(self._fill)
        return tuple(out)


_SIZEOF_SSIZE_T = 8


_MISSING_ARG = object()


def _clinic_args(name, names, required, args, kwargs):
    """Binds args and kwargs to `names` with Argument Clinic's messages (the
    first `required` are required); the values in order, _MISSING_ARG if absent."""
    given = len(args) + len(kwargs)
    if given > len(names):
        raise TypeError(f"{name}() takes at most {len(names)} arguments ({given} given)")
    for key in kwargs:
        if key not in names:
            raise TypeError(f"'{key}' is an invalid keyword argument for {name}()")
    values = list(args) + [_MISSING_ARG] * (len(names) - len(args))
    for i in range(len(names)):
        if names[i] in kwargs:
            values[i] = kwargs[names[i]]
        if values[i] is _MISSING_ARG and i < required:
            raise TypeError(f"{name}() missing required argument '{names[i]}' (pos {i + 1})")
    return values


def _r_arg(r):
    if not isinstance(r, int):
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
    if r > _sys.maxsize or r < -_sys.maxsize - 1:
        raise OverflowError("Python int too large to convert to C ssize_t")
    if r < 0:
        raise ValueError("r must be non-negative")
    return int(r)


class product(_Iter):
    # CPython's productobject: _indices is one odometer digit per pool.
    __slots__ = ("_pools", "_indices", "_result", "_stopped")

    def __init__(self, *iterables, **kwargs):
        if len(kwargs) > 1:
            raise TypeError(f"product() takes at most 1 keyword argument ({len(kwargs)} given)")
        for key in kwargs:
            if key != "repeat":
                raise TypeError(f"'{key}' is an invalid keyword argument for product()")
        repeat = kwargs.get("repeat", 1)
        if not isinstance(repeat, int):
            raise TypeError(f"'{type(repeat).__name__}' object cannot be interpreted as an integer")
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        self._pools = tuple(tuple(pool) for pool in iterables) * repeat
        self._indices = [0] * len(self._pools)
        self._result = None
        self._stopped = False

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pools = self._pools
        indices = self._indices
        if self._result is None:
            if any(not pool for pool in pools):
                self._stopped = True
                raise StopIteration
        else:
            # Turn the odometer: the rightmost digit that can move does,
            # the digits right of it go back to 0.
            i = len(pools) - 1
            while i >= 0:
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
                i -= 1
            else:
                self._stopped = True
                raise StopIteration
        self._result = tuple([pools[i][indices[i]] for i in range(len(pools))])
        return self._result

    def __sizeof__(self):
        return type(self).__basicsize__ + len(self._pools) * _SIZEOF_SSIZE_T


class permutations(_Iter):
    # CPython's permutationsobject: _indices (n) and _cycles (r) drive the
    # next permutation, as in the algorithm of the itertools documentation.
    __slots__ = ("_pool", "_indices", "_cycles", "_result", "_r", "_stopped")

    def __init__(self, *args, **kwargs):
        iterable, r = _clinic_args("permutations", ("iterable", "r"), 1, args, kwargs)
        r = None if r is _MISSING_ARG else r
        self._pool = pool = tuple(iterable)
        n = len(pool)
        if r is not None and not isinstance(r, int):
            raise TypeError("Expected int as r")
        self._r = r = n if r is None else _r_arg(r)
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._result = None
        self._stopped = r > n

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool, indices, cycles, r = self._pool, self._indices, self._cycles, self._r
        n = len(pool)
        if self._result is not None:
            if n == 0:
                self._stopped = True
                raise StopIteration
            for i in range(r - 1, -1, -1):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    break
            else:
                self._stopped = True
                raise StopIteration
        self._result = tuple([pool[indices[i]] for i in range(r)])
        return self._result

    def __sizeof__(self):
        return type(self).__basicsize__ + (len(self._pool) + self._r) * _SIZEOF_SSIZE_T


class combinations(_Iter):
    # CPython's combinationsobject: _indices are the r chosen positions.
    __slots__ = ("_pool", "_indices", "_result", "_r", "_stopped")

    def __init__(self, *args, **kwargs):
        iterable, r = _clinic_args("combinations", ("iterable", "r"), 2, args, kwargs)
        self._pool = pool = tuple(iterable)
        self._r = r = _r_arg(r)
        self._indices = list(range(r))
        self._result = None
        self._stopped = r > len(pool)

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool, indices, r = self._pool, self._indices, self._r
        n = len(pool)
        if self._result is not None:
            i = r - 1
            while i >= 0 and indices[i] == i + n - r:
                i -= 1
            if i < 0:
                self._stopped = True
                raise StopIteration
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
        self._result = tuple([pool[i] for i in indices])
        return self._result

    def __sizeof__(self):
        return type(self).__basicsize__ + self._r * _SIZEOF_SSIZE_T


class combinations_with_replacement(_Iter):
    # CPython's cwrobject: the same fields as combinations.
    __slots__ = ("_pool", "_indices", "_result", "_r", "_stopped")

    def __init__(self, *args, **kwargs):
        iterable, r = _clinic_args("combinations_with_replacement", ("iterable", "r"), 2, args, kwargs)
        self._pool = pool = tuple(iterable)
        self._r = r = _r_arg(r)
        self._indices = [0] * r
        self._result = None
        self._stopped = not pool and r > 0

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool, indices, r = self._pool, self._indices, self._r
        if self._result is not None:
            i = r - 1
            while i >= 0 and indices[i] == len(pool) - 1:
                i -= 1
            if i < 0:
                self._stopped = True
                raise StopIteration
            indices[i:] = [indices[i] + 1] * (r - i)
        self._result = tuple([pool[i] for i in indices])
        return self._result

    def __sizeof__(self):
        return type(self).__basicsize__ + self._r * _SIZEOF_SSIZE_T


# tee: the iterators share a chain of _tee_dataobject links, each holding
# up to _LINKCELLS values read from the source; an iterator is a link and
# an index into it. A link dies when every iterator has moved past it.
#
#    _tee(a) ──┐                  _tee(b) ──┐
#              v                            v
#    [it, values[0..56], next] ──► [it, values[0..k], next=None]
_LINKCELLS = 57


class _tee_dataobject:
    __slots__ = ("_it", "_values", "_running", "_nextlink")

    def __init__(self, it):
        self._it = it
        self._values = []
        self._running = False
        self._nextlink = None

    def _getitem(self, i):
        values = self._values
        if i < len(values):
            return values[i]
        if self._running:
            raise RuntimeError("cannot re-enter the tee iterator")
        self._running = True
        try:
            value = next(self._it)
        finally:
            self._running = False
        values.append(value)
        return value

    def _jumplink(self):
        if self._nextlink is None:
            self._nextlink = _tee_dataobject(self._it)
        return self._nextlink

    def __sizeof__(self):
        # CPython's teedataobject embeds its _LINKCELLS value slots: the
        # object header, it, numread and running (two ints), nextlink, values.
        return 16 + 8 + 4 + 4 + 8 + _LINKCELLS * 8


_tee_dataobject.__name__ = _tee_dataobject.__qualname__ = "_tee_dataobject"


class _tee(_Iter):
    __slots__ = ("_dataobj", "_index", "__weakref__")

    def __new__(cls, iterable):
        it = iter(iterable)
        if isinstance(it, _tee):
            return it.__copy__()
        self = object.__new__(cls)
        self._dataobj = _tee_dataobject(it)
        self._index = 0
        return self

    def __next__(self):
        if self._index >= _LINKCELLS:
            self._dataobj = self._dataobj._jumplink()
            self._index = 0
        value = self._dataobj._getitem(self._index)
        self._index += 1
        return value

    def __copy__(self):
        new = object.__new__(type(self))
        new._dataobj = self._dataobj
        new._index = self._index
        return new


_tee.__name__ = _tee.__qualname__ = "_tee"


def tee(iterable, n=2):
    """n independent iterators over one iterable."""
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    copy = getattr(it, "__copy__", None)
    first = it if copy is not None else _tee(it)
    copy = first.__copy__
    return (first,) + tuple(copy() for _ in range(1, n))


del _Iter
