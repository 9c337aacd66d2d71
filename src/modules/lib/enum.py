"""Enumerations (heapscope's enum module, in Python): Enum, IntEnum, StrEnum,
Flag, IntFlag, ReprEnum, auto, unique, member/nonmember, FlagBoundary.

An enum class is made by the metaclass EnumType in three steps:

    class Color(Enum):          1. EnumType.__prepare__ gives an _EnumDict, which
        RED = 1                    records RED, GREEN, BLUE (in order) as members,
        GREEN = auto()             resolves auto() and refuses duplicate names
        BLUE = 3
        def describe(self): ...    (descriptors, _sunder_ and __dunder__ names
                                    stay ordinary class attributes)
                                2. EnumType.__new__ makes the class without the
                                   member names, then one instance per member:
                                   _value_, _name_, set as a class attribute
                                3. lookups: _member_map_ (name -> member, aliases
                                   included), _value2member_map_ (value -> member),
                                   _member_names_ (definition order, no aliases)

A member whose value equals an earlier member's is an alias: Color.CRIMSON is
Color.RED. Flags combine with | & ^ ~: a value without a member of its own
gets a "pseudo-member" made on demand (named 'R|W'), cached by value.

Reprs, str(), format() and the error messages are CPython 3.11's.
"""

import sys

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
           "ReprEnum", "auto", "unique", "member", "nonmember", "FlagBoundary",
           "STRICT", "CONFORM", "EJECT", "KEEP"]

# Set once the classes exist (EnumType.__new__ tests for them while they are made).
Enum = Flag = ReprEnum = None


class _auto_null:
    """The value of an auto() still waiting for _generate_next_value_."""

    def __repr__(self):
        return "_auto_null"


_auto_null = _auto_null()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Forces an attribute (say a function) to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps an attribute from becoming a member."""

    def __init__(self, value):
        self.value = value


class _member_attr:
    """`name` and `value` of members: read-only, and absent on the class itself."""

    def __init__(self, fget):
        self.fget = fget
        self.name = fget.__name__
        self.clsname = None

    def __set_name__(self, owner, name):
        self.name = name
        self.clsname = owner.__name__

    def __get__(self, instance, owner=None):
        if instance is None:
            raise AttributeError(self.name)
        return self.fget(instance)

    def __set__(self, instance, value):
        raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))

    def __delete__(self, instance):
        raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))


def _is_descriptor(obj):
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _bits_lsb(num):
    # The set bits of num, lowest first: 0b1011 -> 1, 2, 8.
    while num:
        bit = num & (~num + 1)
        yield bit
        num ^= bit


def _bin(num, width):
    # CPython's enum.bin(): '0b' + the sign bit + ' ' + the digits, padded
    # with the sign bit to `width` digits: _bin(8, 4) == '0b0 1000'.
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        text = bin(num + ceiling).replace("1", "0", 1)
    else:
        text = bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if len(digits) < width:
        digits = (sign[-1] * width + digits)[-width:]
    return "%s %s" % (sign, digits)


_SUNDER_ALLOWED = ("_order_", "_generate_next_value_", "_missing_", "_ignore_",
                   "_numeric_repr_", "_iter_member_", "_iter_member_by_value_",
                   "_iter_member_by_def_")


class _EnumDict(dict):
    """The namespace of an enum class body: tells members from other attributes."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._generate_next_value = None
        self._cls_name = None

    def __setitem__(self, key, value):
        if _is_sunder(key):
            if key not in _SUNDER_ALLOWED:
                raise ValueError("_sunder_ names, such as %r, are reserved for future Enum use"
                                 % (key,))
            if key == "_generate_next_value_":
                if self._member_names:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = getattr(value, "__func__", value)
            elif key == "_ignore_":
                names = value.replace(",", " ").split() if isinstance(value, str) else list(value)
                self._ignore = names
                already = set(names) & set(self._member_names)
                if already:
                    raise ValueError("_ignore_ cannot specify already set names: %r"
                                     % (already,))
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)


def _find_data_type(class_name, bases):
    # The data type mixed in (int for IntEnum), or None.
    found = set()
    for chain in bases:
        candidate = None
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    found.add(base._member_type_)
                    break
            elif "__new__" in base.__dict__ or "__init__" in base.__dict__:
                found.add(candidate or base)
                break
            else:
                candidate = candidate or base
    if len(found) > 1:
        raise TypeError("too many data types for %r: %r" % (class_name, found))
    return found.pop() if found else None


def _find_data_repr(bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                return base._value_repr_
            if "__repr__" in base.__dict__:
                return base.__dict__["__repr__"]
    return None


def _get_mixins(class_name, bases):
    # (data type, first enum base) of a new enum class.
    if not bases:
        return object, Enum
    for chain in bases:
        for base in chain.__mro__:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (class_name, base))
    first_enum = bases[-1]
    if not isinstance(first_enum, EnumType):
        raise TypeError("new enumerations should be created as "
                        "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
    member_type = _find_data_type(class_name, bases) or object
    return member_type, first_enum


def _find_new(classdict, member_type, first_enum):
    # The __new__ that makes members, whether it is saved as __new_member__,
    # and whether it takes the member's value as arguments.
    new = classdict.get("__new__", None)
    save_new = first_enum is not None and new is not None
    if new is None:
        for method in ("__new_member__", "__new__"):
            for possible in (member_type, first_enum):
                target = getattr(possible, method, None)
                if target not in (None, None.__new__, object.__new__, Enum.__new__):
                    new = target
                    break
            if new is not None:
                break
        else:
            new = object.__new__
    use_args = not (first_enum is None or new is Enum.__new__ or new is object.__new__)
    return new, save_new, use_args


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        classdict = _EnumDict()
        classdict._cls_name = cls
        member_type, first_enum = _get_mixins(cls, bases)
        if first_enum is not None:
            classdict._generate_next_value = getattr(first_enum, "_generate_next_value_", None)
        return classdict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        ignore = classdict.get("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        for key in list(ignore) + ["_ignore_"]:
            classdict.pop(key, None)
        member_names = [n for n in classdict._member_names if n not in ignore]
        members = {name: classdict[name] for name in member_names}
        member_type, first_enum = _get_mixins(cls, bases)
        new, save_new, use_args = _find_new(classdict, member_type, first_enum)
        body = {k: v for k, v in classdict.items() if k not in members}
        body.pop("_order_", None)
        body["_new_member_"] = new
        body["_use_args_"] = use_args
        body["_member_names_"] = []
        body["_member_map_"] = {}
        body["_value2member_map_"] = {}
        body["_member_type_"] = member_type
        body["_value_repr_"] = _find_data_repr(bases)
        # (Flag itself is made with boundary=STRICT while the name Flag is None.)
        is_flag = (Flag is None and boundary is not None) or (
            Flag is not None and any(issubclass(b, Flag) for b in bases))
        if is_flag:
            body["_boundary_"] = boundary or getattr(first_enum, "_boundary_", None)
            body["_flag_mask_"] = 0
            body["_singles_mask_"] = 0
            body["_all_bits_"] = 0
            body["_inverted_"] = None
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)

        # str(), format() and repr() of members: the enum's own, not the data
        # type's, unless the class body defines them; ReprEnum (IntEnum,
        # StrEnum, IntFlag) keeps the data type's str() and format().
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError("ReprEnum subclasses must be mixed with a data type "
                                "(i.e. int, str, float, etc.)")
            if "__format__" not in body:
                enum_class.__format__ = member_type.__format__
                body["__format__"] = member_type.__format__
            if "__str__" not in body:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                enum_class.__str__ = method
                body["__str__"] = method
        if first_enum is not None:
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name in body:
                    continue
                found = getattr(enum_class, name)
                if found in (getattr(member_type, name), getattr(object, name)):
                    setattr(enum_class, name, getattr(first_enum, name))

        # Flag's operators win over the data type's (IntFlag: int.__or__).
        if Flag is not None and is_flag:
            for name in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__",
                         "__invert__"):
                if name not in body:
                    setattr(enum_class, name, getattr(Flag, name))
        for name, value in members.items():
            metacls._add_member(enum_class, name, value)
        if is_flag:
            enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1
            # Members defined out of value order are listed in definition order.
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                enum_class._iter_member_ = enum_class._iter_member_by_def_
        if save_new:
            enum_class.__new_member__ = new
        if Enum is not None:
            enum_class.__new__ = Enum.__new__
        return enum_class

    def _add_member(enum_class, name, value):
        args = value if isinstance(value, tuple) else (value,)
        if enum_class._member_type_ is tuple:
            args = (args,)
        if enum_class._use_args_:
            new_member = enum_class._new_member_(enum_class, *args)
        else:
            new_member = enum_class._new_member_(enum_class)
        if not hasattr(new_member, "_value_"):
            if enum_class._member_type_ is object:
                new_member._value_ = value
            else:
                try:
                    new_member._value_ = enum_class._member_type_(*args)
                except Exception as exc:
                    raise TypeError("_value_ not set in __new__, unable to create it") from exc
        value = new_member._value_
        new_member._name_ = name
        new_member.__objclass__ = enum_class
        new_member.__init__(*args)
        new_member._sort_order_ = len(enum_class._member_names_)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        # An alias: an earlier member has the same value.
        canonical = None
        try:
            canonical = enum_class._value2member_map_.get(value)
        except TypeError:
            for m in enum_class._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is None:
            if is_flag and isinstance(value, int):
                enum_class._flag_mask_ |= value
                if _is_single_bit(value):
                    enum_class._singles_mask_ |= value
            if not is_flag or (isinstance(value, int) and _is_single_bit(value)):
                enum_class._member_names_.append(name)
            new_member_final = new_member
        else:
            new_member_final = canonical
        type.__setattr__(enum_class, name, new_member_final)
        enum_class._member_map_[name] = new_member_final
        try:
            enum_class._value2member_map_.setdefault(value, new_member_final)
        except TypeError:
            pass

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            if not cls._member_map_ and cls._member_type_ is object and Enum is not None \
                    and cls is not Enum and cls is not Flag:
                raise TypeError("%r has no members defined" % (cls,))
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        # The functional API: Enum('Color', 'RED GREEN') and its variants.
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = _get_mixins(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals["__name__"]
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            import warnings
            warnings.warn(
                "in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                "False depending on whether the value is a member or the value of a member",
                DeprecationWarning, stacklevel=2)
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def __dir__(cls):
        interesting = set(["__class__", "__contains__", "__doc__", "__getitem__", "__iter__",
                           "__len__", "__members__", "__module__", "__name__", "__qualname__"]
                          + cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add("__new__")
        if cls.__init_subclass__ is not object.__init_subclass__:
            interesting.add("__init_subclass__")
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __getattr__(cls, name):
        # Only reached when normal lookup failed: AttributeError(name), as 3.11.
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        """Every member by name, aliases included (a read-only mapping)."""
        return type(type.__dict__)(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs (see the module's docstring)."""

    def __new__(cls, value):
        # Enum(value): the member with that value (the class's own __new__ is
        # this one once the members exist).
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT \
                and isinstance(result, int):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            raise TypeError
        except TypeError:
            import warnings
            warnings.warn(
                "In 3.13 the default `auto()`/`_generate_next_value_` will require all values "
                "to be sortable and support adding +1\n"
                "and the value returned will be the largest value in the enum incremented by 1",
                DeprecationWarning, stacklevel=3)
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        if self._member_type_ is object:
            interesting = set(["__class__", "__doc__", "__eq__", "__hash__", "__module__",
                               "name", "value"])
        else:
            interesting = set(object.__dir__(self))
        for name in getattr(self, "__dict__", []):
            if name[0] != "_":
                interesting.add(name)
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == "_" or name in self._member_map_:
                    continue
                interesting.add(name)
        return sorted(set(["__class__", "__doc__", "__eq__", "__hash__", "__module__"])
                      | interesting)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @_member_attr
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @_member_attr
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError("encoding must be a string, not %r" % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError("errors must be a string, not %r" % (values[2],))
        value = str(*values)
        new_member = str.__new__(cls, value)
        new_member._value_ = value
        return new_member

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What Flag(value) does with bits no member has: STRICT raises ValueError,
    CONFORM drops them, EJECT returns a plain int, KEEP keeps them."""

    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Support for flags: members combine with |, &, ^ and ~."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError("invalid flag value %r" % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _missing_(cls, value):
        # A value that no member has: a pseudo-member named after the bits it
        # combines ('R|W'), or an error/int/masked value by the boundary.
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _bin(value, width), _bin(flag_mask, width)))
            if cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError("%r unknown flag boundary %r" % (cls, cls._boundary_))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError("%s(%r) -->  unknown values %r [%s]"
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, "_value_"):
            pseudo._value_ = value
        if member_value:
            names = [m._name_ for m in cls._iter_member_(member_value) if m is not None]
            pseudo._name_ = "|".join(names) if names else None
            if unknown:
                extra = cls._numeric_repr_(unknown)
                pseudo._name_ = extra if pseudo._name_ is None else pseudo._name_ + "|" + extra
        else:
            pseudo._name_ = None
            if unknown:
                pseudo._name_ = cls._numeric_repr_(unknown)
        if not unknown:
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
            if neg_value is not None:
                cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_).count("1")

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based flags."""


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        details = ", ".join(["%s -> %s" % (alias, name) for alias, name in duplicates])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration
