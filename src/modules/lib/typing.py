"""Type hints at run time (heapscope's typing module, in Python): enough for
annotated programs to import and run, with CPython's reprs for the common
forms (typing.List[int], typing.Optional[str], ~T) and the usual helpers.
Static checking is not the runtime's business: most forms do nothing at run time."""

import collections as _collections
import sys as _sys
from abc import ABCMeta as _ABCMeta

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if obj is None:
        return "None"
    if isinstance(obj, (list, tuple)) and not isinstance(obj, _GenericAlias):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    if type(obj).__name__ == "function":
        return obj.__name__
    return repr(obj)


class _Final:
    __slots__ = ("__weakref__",)


class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar, Final, Literal, ...: subscript to use."""
    __slots__ = ("_name", "_getitem")

    def __init__(self, name, getitem):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __reduce__(self):
        return self._name

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


class _GenericAlias(_Final):
    """X[args] for a generic X: keeps the origin and the arguments."""
    __slots__ = ("__origin__", "__args__", "_name", "__parameters__", "_inst")

    def __init__(self, origin, args, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self._inst = inst
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self.__parameters__ = tuple(a for a in args if isinstance(a, TypeVar))

    def __repr__(self):
        if self._name is not None:
            head = "typing." + self._name
        else:
            head = _type_repr(self.__origin__)
        if self.__args__ == ():
            return f"{head}[()]"
        return f"{head}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__.lower()}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        subst = dict(zip(self.__parameters__, params))
        return _GenericAlias(self.__origin__, tuple(subst.get(a, a) for a in self.__args__),
                             self._name)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, type):
            if origin is Generic or issubclass(origin, Generic):
                return (origin,)
            if Generic in bases:
                return (origin,)
            return (origin, Generic)
        return ()

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _UnionAlias(_GenericAlias):
    __slots__ = ()

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f"typing.Optional[{_type_repr(other)}]"
        return "typing.Union[" + ", ".join(_type_repr(a) for a in args) + "]"

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


def _union(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = type(None) if p is None else p
        if isinstance(p, _UnionAlias):
            items = p.__args__
        elif type(p).__name__ == "UnionType":
            items = p.__args__
        else:
            items = (p,)
        for q in items:
            if q not in flat:
                flat.append(q)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(Union, tuple(flat), "Union")


def _optional(self, parameter):
    return Union[parameter, None]


def _one_arg(self, parameter):
    return _GenericAlias(self, parameter, self._name)


def _literal(self, parameters):
    return _GenericAlias(self, parameters, self._name)


def _no_subscript(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


Any = _SpecialForm("Any", _no_subscript)
NoReturn = _SpecialForm("NoReturn", _no_subscript)
Never = _SpecialForm("Never", _no_subscript)
Self = _SpecialForm("Self", _no_subscript)
LiteralString = _SpecialForm("LiteralString", _no_subscript)
TypeAlias = _SpecialForm("TypeAlias", _no_subscript)
Union = _SpecialForm("Union", _union)
Optional = _SpecialForm("Optional", _optional)
ClassVar = _SpecialForm("ClassVar", _one_arg)
Final = _SpecialForm("Final", _one_arg)
Literal = _SpecialForm("Literal", _literal)
TypeGuard = _SpecialForm("TypeGuard", _one_arg)
Concatenate = _SpecialForm("Concatenate", _literal)
Required = _SpecialForm("Required", _one_arg)
NotRequired = _SpecialForm("NotRequired", _one_arg)


Annotated = _SpecialForm("Annotated", _literal)


class TypeVar(_Final):
    """A type variable: T = TypeVar('T'); repr ~T (+T covariant, -T contravariant)."""
    __slots__ = ("__name__", "__bound__", "__constraints__", "__covariant__",
                 "__contravariant__", "__dict__")

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        try:
            self.__module__ = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(TypeVar):
    __slots__ = ()

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        super().__init__(name, bound=bound, covariant=covariant, contravariant=contravariant)


AnyStr = TypeVar("AnyStr", bytes, str)
T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)


class Generic:
    """Base class of generic classes: class Box(Generic[T]) makes Box[int] possible."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for base in cls.__dict__.get("__orig_bases__", ()):
            if isinstance(base, _GenericAlias):
                for p in base.__parameters__:
                    if p not in params:
                        params.append(p)
        cls.__parameters__ = tuple(params)


class _ProtocolMeta(_ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, "_is_runtime_protocol", False) and cls.__dict__.get("_is_protocol", False):
            return all(hasattr(instance, attr) for attr in _protocol_attrs(cls))
        return super().__instancecheck__(instance)


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for attr in list(base.__dict__.keys()) + list(getattr(base, "__annotations__", {}).keys()):
            if not attr.startswith("_abc_") and attr not in (
                    "__abstractmethods__", "__annotations__", "__weakref__", "_is_protocol",
                    "_is_runtime_protocol", "__dict__", "__args__", "__slots__", "__next_in_mro__",
                    "__parameters__", "__origin__", "__orig_bases__", "__extra__", "__tree_hash__",
                    "__doc__", "__subclasshook__", "__init__", "__new__", "__module__",
                    "_MutableMapping__marker", "__qualname__", "__match_args__",
                    "__protocol_attrs__", "__class_getitem__", "__init_subclass__"):
                attrs.add(attr)
    return attrs


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class of structural types (checked by isinstance with @runtime_checkable)."""
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    if not getattr(cls, "_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes,"
                        f" got {cls!r}")
    cls._is_runtime_protocol = True
    return cls


def _alias(origin, name, inst=True):
    class _Special(_Final):
        __slots__ = ()

        def __repr__(self):
            return "typing." + name

        def __getitem__(self, params):
            if name == "Callable" and isinstance(params, tuple) and len(params) == 2:
                return _CallableAlias(origin, params, name)
            return _GenericAlias(origin, params, name, inst)

        def __call__(self, *args, **kwargs):
            return origin(*args, **kwargs)

        def __mro_entries__(self, bases):
            return (origin,)

        def __instancecheck__(self, obj):
            return isinstance(obj, origin)

        def __subclasscheck__(self, cls):
            return issubclass(cls, origin)
    _Special.__name__ = name
    return _Special()


class _CallableAlias(_GenericAlias):
    __slots__ = ()

    def __repr__(self):
        args, result = self.__args__
        if args is ...:
            return f"typing.Callable[..., {_type_repr(result)}]"
        return f"typing.Callable[[{', '.join(_type_repr(a) for a in args)}], {_type_repr(result)}]"


List = _alias(list, "List", inst=False)
Dict = _alias(dict, "Dict", inst=False)
Set = _alias(set, "Set", inst=False)
FrozenSet = _alias(frozenset, "FrozenSet", inst=False)
Tuple = _alias(tuple, "Tuple", inst=False)
Type = _alias(type, "Type", inst=False)
DefaultDict = _alias(_collections.defaultdict, "DefaultDict")
OrderedDict = _alias(_collections.OrderedDict, "OrderedDict")
Counter = _alias(_collections.Counter, "Counter")
Deque = _alias(_collections.deque, "Deque")
Callable = _alias(type(len), "Callable")
Iterable = _alias(object, "Iterable")
Iterator = _alias(object, "Iterator")
Generator = _alias(object, "Generator")
Sequence = _alias(object, "Sequence")
MutableSequence = _alias(list, "MutableSequence")
Mapping = _alias(object, "Mapping")
MutableMapping = _alias(dict, "MutableMapping")
AbstractSet = _alias(object, "AbstractSet")
MutableSet = _alias(set, "MutableSet")
Collection = _alias(object, "Collection")
Container = _alias(object, "Container")
Hashable = _alias(object, "Hashable")
Sized = _alias(object, "Sized")
Reversible = _alias(object, "Reversible")
Awaitable = _alias(object, "Awaitable")
Coroutine = _alias(object, "Coroutine")
AsyncIterable = _alias(object, "AsyncIterable")
AsyncIterator = _alias(object, "AsyncIterator")
ItemsView = _alias(object, "ItemsView")
KeysView = _alias(object, "KeysView")
ValuesView = _alias(object, "ValuesView")
Text = str
ByteString = bytes


def cast(typ, val):
    """Returns val unchanged (a hint for type checkers)."""
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @overload-ed.")
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def assert_never(arg, /):
    raise AssertionError(f"Expected code to be unreachable, but got: {arg!r}")


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=_sys.stderr)
    return obj


def get_origin(tp):
    if isinstance(tp, _GenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return getattr(tp, "__origin__", None) if type(tp).__name__ in ("GenericAlias", "UnionType") else None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        args = tp.__args__
        if isinstance(tp, _CallableAlias) and args[0] is not ...:
            return (list(args[0]), args[1])
        return args
    if type(tp).__name__ in ("GenericAlias", "UnionType"):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of obj, with string forward references evaluated."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            ns = globalns if globalns is not None else getattr(
                _sys.modules.get(base.__module__), "__dict__", {})
            for name, value in ann.items():
                hints[name] = _eval_hint(value, ns, localns)
        return hints
    ann = getattr(obj, "__annotations__", None) or {}
    ns = globalns if globalns is not None else getattr(obj, "__globals__", {})
    for name, value in ann.items():
        hints[name] = _eval_hint(value, ns, localns)
    return hints


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        return eval(value, globalns, localns)
    return value


class NewType:
    """NewType('UserId', int): a callable that returns its argument, for type checkers."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get("__annotations__", {})
        default_names = [n for n in types if n in ns]
        for n in types:
            if n not in ns and default_names and types and list(types).index(n) > list(types).index(default_names[0]):
                raise TypeError(f"Non-default namedtuple field {n} cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} {', '.join(default_names)}")
        nm_tpl = _collections.namedtuple(typename, list(types), defaults=[ns[n] for n in default_names],
                                         module=ns.get("__module__"))
        nm_tpl.__annotations__ = dict(types)
        for key, value in ns.items():
            if key in ("__module__", "__qualname__", "__annotations__", "__orig_bases__"):
                continue
            if key not in types:
                setattr(nm_tpl, key, value)
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of collections.namedtuple (also usable as a base class)."""
    if fields is None:
        fields = kwargs.items()
    types = {n: t for n, t in fields}
    nm_tpl = _collections.namedtuple(typename, list(types),
                                     module=_sys._getframe(1).f_globals.get("__name__", "__main__"))
    nm_tpl.__annotations__ = types
    return nm_tpl


_NamedTuple = type.__new__(_NamedTupleMeta, "NamedTuple", (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
        annotations.update(ns.get("__annotations__", {}))
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), dict(ns))
        tp_dict.__annotations__ = annotations
        tp_dict.__total__ = total
        keys = frozenset(annotations)
        tp_dict.__required_keys__ = keys if total else frozenset()
        tp_dict.__optional_keys__ = frozenset() if total else keys
        return tp_dict

    # Calling a TypedDict class makes a plain dict (dict is a type: no binding).
    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of typed keys (a plain dict at run time)."""
    if fields is None:
        fields = kwargs
    ns = {"__annotations__": dict(fields),
          "__module__": _sys._getframe(1).f_globals.get("__name__", "__main__")}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)
