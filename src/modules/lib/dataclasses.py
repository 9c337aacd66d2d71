"""Data classes (heapscope's dataclasses module, in Python): the dataclass
decorator with init, repr, eq, order, frozen and unsafe_hash, field(),
fields(), asdict(), astuple(), replace() and is_dataclass()."""

import copy as _copy

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "MISSING",
           "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return "<dataclasses._MISSING_TYPE object>"


MISSING = _MissingType()
_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"


class _DataclassParams:
    # What the decorator was asked for, kept on the class as
    # __dataclass_params__ (pprint reads .repr to know a repr was generated).
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams(" + ",".join(f"{name}={getattr(self, name)!r}"
                                               for name in self.__slots__) + ")")


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init",
                 "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},"
                f"repr={self.repr!r},hash={self.hash!r},compare={self.compare!r},"
                f"metadata={self.metadata!r},kw_only={self.kw_only!r},"
                f"_field_type={self._field_type})")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describes one field of a dataclass."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def fields(class_or_instance):
    """The Field objects of a dataclass (or of an instance of one), in order."""
    try:
        fs = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fs.values() if f._field_type == "_FIELD")


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_classvar(tp):
    return getattr(tp, "__origin__", None) is not None and "ClassVar" in repr(tp) or tp == "ClassVar"


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only):
    fields_ = {}
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            for f in base_fields.values():
                fields_[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    own = []
    for name, tp in annotations.items():
        default = getattr(cls, name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            if isinstance(default, type(MISSING)) and default is MISSING:
                f = field()
            else:
                f = field(default=default)
        f.name = name
        f.type = tp
        f._field_type = "_FIELD_INITVAR" if isinstance(tp, InitVar) else (
            "_FIELD_CLASSVAR" if _is_classvar(tp) else "_FIELD")
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if f._field_type == "_FIELD" and isinstance(f.default, (list, dict, set)):
            raise ValueError(f"mutable default {type(f.default)} for field {name} is not "
                             "allowed: use default_factory")
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        fields_[name] = f
        own.append(f)
    setattr(cls, _FIELDS, fields_)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    all_fields = [f for f in fields_.values() if f._field_type == "_FIELD"]
    if init:
        _set_init(cls, [f for f in fields_.values() if f._field_type in ("_FIELD", "_FIELD_INITVAR")],
                  frozen)
    if repr:
        shown = [f for f in all_fields if f.repr]

        def __repr__(self):
            return (self.__class__.__qualname__ + "("
                    + ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in shown) + ")")
        # CPython compiles the generated methods inside a helper named
        # __create_fn__, and pprint recognises a generated repr by that name
        # on the function the recursion guard wraps.
        __repr__.__qualname__ = "__create_fn__.<locals>.__repr__"
        if "__repr__" not in cls.__dict__:
            guarded = _recursive_repr(__repr__)
            guarded.__qualname__ = f"{cls.__qualname__}.__repr__"
            cls.__repr__ = guarded
    compared = [f for f in all_fields if f.compare]

    def astuple_(self):
        return tuple(getattr(self, f.name) for f in compared)
    if eq and "__eq__" not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return astuple_(self) == astuple_(other)
            return NotImplemented
        __eq__.__qualname__ = f"{cls.__qualname__}.__eq__"
        cls.__eq__ = __eq__
    if order:
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if name in cls.__dict__:
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                                "Consider using functools.total_ordering")
            setattr(cls, name, _make_compare(cls, name, op, astuple_))
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in fields_:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in fields_:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            super(cls, self).__delattr__(name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    has_hash = "__hash__" in cls.__dict__ and cls.__dict__["__hash__"] is not None
    if unsafe_hash or (eq and frozen):
        hashed = [f for f in all_fields if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = lambda self: hash(tuple(getattr(self, f.name) for f in hashed))
    elif eq and not has_hash:
        cls.__hash__ = None
    if "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in all_fields if f.init and not f.kw_only)
    return cls


def _make_compare(cls, name, op, astuple_):
    def compare(self, other):
        if other.__class__ is self.__class__:
            a, b = astuple_(self), astuple_(other)
            return a < b if op == "<" else a <= b if op == "<=" else a > b if op == ">" else a >= b
        return NotImplemented
    compare.__name__ = name
    compare.__qualname__ = f"{cls.__qualname__}.{name}"
    return compare


def _recursive_repr(user_function):
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return "..."
        running.add(key)
        try:
            return user_function(self)
        finally:
            running.discard(key)
    wrapper.__name__ = user_function.__name__
    wrapper.__qualname__ = user_function.__qualname__
    wrapper.__wrapped__ = user_function
    return wrapper


def _set_init(cls, init_fields, frozen):
    params = []
    kw_params = []
    body = []
    namespace = {"MISSING": MISSING, "__dataclass_builtins_object__": object}
    seen_default = False
    for f in init_fields:
        if not f.init:
            if f.default_factory is not MISSING:
                namespace[f"_dflt_{f.name}"] = f.default_factory
                body.append(_assign(f.name, f"_dflt_{f.name}()", frozen))
            elif f.default is not MISSING:
                namespace[f"_dflt_{f.name}"] = f.default
                body.append(_assign(f.name, f"_dflt_{f.name}", frozen))
            continue
        if f.default_factory is not MISSING:
            namespace[f"_dflt_{f.name}"] = f.default_factory
            param = f"{f.name}=MISSING"
            value = f"_dflt_{f.name}() if {f.name} is MISSING else {f.name}"
        elif f.default is not MISSING:
            namespace[f"_dflt_{f.name}"] = f.default
            param = f"{f.name}=_dflt_{f.name}"
            value = f.name
        else:
            param = f.name
            value = f.name
            if seen_default and not f.kw_only:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
        if f.kw_only:
            kw_params.append(param)
        else:
            if param != f.name:
                seen_default = True
            params.append(param)
        if f._field_type == "_FIELD":
            body.append(_assign(f.name, value, frozen))
    if hasattr(cls, "__post_init__"):
        initvars = [f.name for f in init_fields if f._field_type == "_FIELD_INITVAR"]
        body.append(f"self.__post_init__({', '.join(initvars)})")
    if not body:
        body = ["pass"]
    signature = ", ".join(["self"] + params + (["*"] + kw_params if kw_params else []))
    src = f"def __init__({signature}):\n" + "\n".join("    " + line for line in body) + "\n"
    exec(src, namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init


def _assign(name, value, frozen):
    if frozen:
        return f"__dataclass_builtins_object__.__setattr__(self, {name!r}, {value})"
    return f"self.{name} = {value}"


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds __init__, __repr__, __eq__ (and more on request) from the class's annotated fields."""
    if order and not eq:
        raise ValueError("eq must be true if order is true")

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's class with some fields replaced."""
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type == "_FIELD_CLASSVAR":
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be "
                                 "specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type == "_FIELD_INITVAR" and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = "typing.Any"
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns["__annotations__"] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)
