"""Iterator building blocks (heapscope's itertools module, in Python). Each
iterator is a class named as CPython's, producing the same values in the
same order with the same errors."""

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
    __slots__ = ("_n", "_step")

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(type(v), "__add__"):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f"count({self._n!r})"
        return f"count({self._n!r}, {self._step!r})"


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
    __slots__ = ("_it", "_next", "_stop", "_step")

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
        self._next = start
        self._stop = stop
        self._step = step

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        if self._stop is not None and self._next >= self._stop:
            # Consume up to the stop, as CPython does, then stop for good.
            self._it = None
            raise StopIteration
        while self._next > 0:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._next -= 1
            if self._stop is not None:
                self._stop -= 1
        try:
            x = next(it)
        except StopIteration:
            self._it = None
            raise
        if self._stop is not None:
            self._stop -= 1
        self._next = self._step - 1
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
    __slots__ = ("_its", "_fill", "_active")

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(i) for i in iterables]
        self._fill = fillvalue
        self._active = len(self._its)

    def __next__(self):
        if not self._its or self._active == 0:
            raise StopIteration
        out = []
        for i, it in enumerate(self._its):
            if it is None:
                out.append(self._fill)
                continue
            try:
                out.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                self._its[i] = None
                out.append(self._fill)
        return tuple(out)


def _pool_iter(generator_function):
    """Wraps a generator function as an iterator class of the same name."""
    class _It(_Iter):
        __slots__ = ("_gen",)

        def __init__(self, *args, **kwargs):
            self._gen = generator_function(*args, **kwargs)

        def __next__(self):
            return next(self._gen)
    _It.__name__ = _It.__qualname__ = generator_function.__name__
    return _It


@_pool_iter
def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


@_pool_iter
def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


@_pool_iter
def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError("r must be non-negative")
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


@_pool_iter
def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError("r must be non-negative")
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def tee(iterable, n=2):
    """n independent iterators over one iterable."""
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def gen(mybuf):
        while True:
            if not mybuf:
                try:
                    value = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(value)
            yield mybuf.pop(0)
    return tuple(_tee(gen(b)) for b in buffers)


class _tee(_Iter):
    __slots__ = ("_gen",)

    def __init__(self, gen):
        self._gen = gen

    def __next__(self):
        return next(self._gen)


_tee.__name__ = _tee.__qualname__ = "_tee"
