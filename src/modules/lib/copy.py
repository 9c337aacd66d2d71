"""Shallow and deep copies (heapscope's copy module, in Python).

Atomic values are returned as they are; lists, dicts, sets, tuples and
bytearrays are rebuilt; instances use __copy__/__deepcopy__ when they define
them, else a new instance of the same class gets (a copy of) their __dict__
and __slots__ values. Deep copies keep shared and cyclic structure through
the memo dict, as CPython's."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), frozenset, property,
           type(len), type(lambda: 0))


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = f"_{c.__name__.lstrip('_')}{name}"
            names.append(name)
    return names


def _new_like(x):
    cls = type(x)
    try:
        return cls.__new__(cls)
    except TypeError:
        raise Error(f"un(shallow)copyable object of type {cls}") from None


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls is tuple:
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if isinstance(x, (list, dict, set)):
        y = _new_like(x)
        if isinstance(x, list):
            y.extend(x)
        else:
            y.update(x)
    else:
        y = _new_like(x)
    state = getattr(x, "__dict__", None)
    if state:
        y.__dict__.update(state)
    for name in _slot_names(cls):
        if hasattr(x, name):
            setattr(y, name, getattr(x, name))
    return y


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: shared and cyclic references are copied once."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _new_like(x)
            memo[d] = y
            if isinstance(x, list):
                for a in x:
                    y.append(deepcopy(a, memo))
            elif isinstance(x, dict):
                for key, value in x.items():
                    y[deepcopy(key, memo)] = deepcopy(value, memo)
            state = getattr(x, "__dict__", None)
            if state:
                y.__dict__.update(deepcopy(state, memo))
            for name in _slot_names(cls):
                if hasattr(x, name):
                    setattr(y, name, deepcopy(getattr(x, name), memo))
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keeps x alive as long as memo is (ids in memo must not be reused)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
