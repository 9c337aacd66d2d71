"""Pretty-printing of Python data (heapscope's pprint module, in Python).

An object is first turned into its one-line "safe" repr (repr() for most
objects; lists, tuples and dicts are rebuilt item by item so that a cycle
shows as <Recursion on ...> and a depth limit as [...]). When that line
fits in what is left of the width it is written as it is; when it does
not, and the object's type has a layout here, the object is laid out over
several lines and each item goes through the same decision:

    {'name': 'heap', 'sizes': [8, 16, 24, 32], 'arenas': {'used': 3, 'free': 1}}
        as pprint(..., width=40) writes it:
    {'arenas': {'free': 1, 'used': 3},       <- keys sorted at every level;
     'name': 'heap',                            each item checked against
     'sizes': [8, 16, 24, 32]}                  the width left to it

Where an item may go is the width minus its indent minus its "allowance":
the characters that must still follow it on its line (the closing brackets
of every container it ends, or the comma that separates it from the next
item). The layouts are chosen by the type's __repr__ (a dict subclass that
keeps dict.__repr__ is laid out as a dict; one with its own __repr__ is
printed with that repr, on one line).

Written from CPython 3.11's documented and observed behaviour, so that
the output is python3's character for character, including the order of
the pieces handed to stream.write.
"""

import collections as _collections
import dataclasses as _dataclasses
import sys as _sys
import types as _types

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Write the pretty form of object and a newline to stream (sys.stdout by default)."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty form of object, as a string."""
    printer = PrettyPrinter(indent=indent, width=width, depth=depth,
                            compact=compact, sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() that keeps dicts in their insertion order unless told otherwise."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr() that survives cycles in lists, tuples and dicts."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether saferepr(object) looks like something eval() could read back."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself (through lists, tuples and dicts)."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    """A sort key that orders anything.

    Objects that compare with < are ordered by it; when < raises TypeError
    (3 against "a", None against None) the pair is ordered by the text of
    their types' reprs, then by id(). Only the wrapped objects themselves are
    compared, never their contents.
    """

    __slots__ = ["obj"]

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            mine = (str(type(self.obj)), id(self.obj))
            theirs = (str(type(other.obj)), id(other.obj))
            return mine < theirs


def _safe_tuple(t):
    """Sort key of a (key, value) pair. The two wrappers of different pairs are
    never equal, so sorting such keys only ever compares the keys."""
    return _safe_key(t[0]), _safe_key(t[1])


def _recursion(object):
    return f"<Recursion on {type(object).__name__} with id={id(object)}>"


# Types whose saferepr is their repr, unconditionally (subclasses are not).
_builtin_scalars = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class _Collector:
    """The stream of pformat(): keeps what is written, in order."""

    __slots__ = ("_pieces",)

    def __init__(self):
        self._pieces = []

    def write(self, s):
        self._pieces.append(s)
        return len(s)

    def getvalue(self):
        return "".join(self._pieces)


def _word_runs(line):
    """line cut after each run of whitespace that follows a run of
    non-whitespace: "ab  cd e" -> ["ab  ", "cd ", "e"] (whitespace as
    str.isspace() sees it; the pieces join back to line)."""
    runs = []
    n = len(line)
    start = 0
    while start < n:
        i = start
        while i < n and not line[i].isspace():
            i += 1
        while i < n and line[i].isspace():
            i += 1
        runs.append(line[start:i])
        start = i
    return runs


def _wrap_bytes_repr(object, width, allowance):
    """The reprs of consecutive slices of object, each as long as fits width,
    cut only at multiples of 4 bytes. The allowance counts against the slice
    that holds the last, incomplete group of 4; when the length is a multiple
    of 4 there is no such group and the allowance is never taken off (as in
    CPython)."""
    current = b""
    tail = len(object) // 4 * 4
    for start in range(0, len(object), 4):
        group = object[start:start + 4]
        candidate = current + group
        if start == tail:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = group
        else:
            current = candidate
    if current:
        yield repr(current)


class PrettyPrinter:
    """Pretty-prints objects with a fixed set of options.

    indent: spaces added per nesting level; width: the number of columns to
    stay within (when the items allow it); depth: how many levels of
    containers to show before writing "..."; stream: where pprint() writes
    (sys.stdout as it is when the printer is made); compact: put as many
    items of a sequence on each line as fit; sort_dicts: sort dict items by
    key; underscore_numbers: write ints as 1_000_000.
    """

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = _sys.stdout if stream is None else stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # -- the public methods ------------------------------------------------

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        out = _Collector()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(text, readable, recursive) for object on one line. context holds
        the ids of the containers being formatted around it; maxlevels is the
        depth limit (None or 0 for none) and level the current depth.
        Subclasses override this to change how leaves are written."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- the layout --------------------------------------------------------
    #
    # Every _pprint_* method gets the column the object starts at (indent),
    # the characters that will follow it on its last line (allowance), the
    # ids of the containers it is inside (context) and its nesting level.

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            layout = self._dispatch.get(type(object).__repr__, None)
            if layout is not None:
                context[key] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
            if _has_generated_repr(object):
                context[key] = 1
                self._pprint_dataclass(object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(rep)

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        name = object.__class__.__name__
        shown = [(f.name, getattr(object, f.name))
                 for f in _dataclasses.fields(object) if f.repr]
        stream.write(name + "(")
        self._format_namespace_items(shown, stream, indent + len(name) + 1, allowance,
                                     context, level)
        stream.write(")")

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        write = stream.write
        write("{")
        if self._indent_per_level > 1:
            write(" " * (self._indent_per_level - 1))
        if len(object):
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = object.items()
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        write("}")

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "(")
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(")")

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write("[")
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write("]")

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write("(")
        close = ",)" if len(object) == 1 else ")"
        self._format_items(object, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        if cls is set:
            stream.write("{")
            close = "}"
        else:
            # frozenset({...}) and subclasses: the items line up after "name(".
            stream.write(cls.__name__ + "({")
            close = "})"
            indent += len(cls.__name__) + 1
        ordered = sorted(object, key=_safe_key)
        self._format_items(ordered, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        # A string too long for its place becomes adjacent literals, one per
        # line, cut after its line breaks and then between words:
        #
        #   ('the quick brown '
        #    'fox jumps')          <- parentheses only at the top level
        write = stream.write
        if not len(object):
            write(repr(object))
            return
        if level == 1:
            indent += 1
            allowance += 1
        room = self._width - indent
        lines = object.splitlines(True)
        last_line = len(lines) - 1
        chunks = []
        for i, line in enumerate(lines):
            rep = repr(line)
            room_here = room - allowance if i == last_line else room
            if len(rep) <= room_here:
                chunks.append(rep)
                continue
            runs = _word_runs(line)
            last_run = len(runs) - 1
            current = ""
            for j, run in enumerate(runs):
                candidate = current + run
                limit = room - allowance if (i == last_line and j == last_run) else room
                if len(repr(candidate)) > limit:
                    if current:
                        chunks.append(repr(current))
                    current = run
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            write(chunks[0])
            return
        if level == 1:
            write("(")
        for i, chunk in enumerate(chunks):
            if i > 0:
                write("\n" + " " * indent)
            write(chunk)
        if level == 1:
            write(")")

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        write = stream.write
        if len(object) <= 4:
            write(repr(object))
            return
        top = level == 1
        if top:
            indent += 1
            allowance += 1
            write("(")
        separator = ""
        for rep in _wrap_bytes_repr(object, self._width - indent, allowance):
            write(separator)
            write(rep)
            separator = "\n" + " " * indent
        if top:
            write(")")

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write("bytearray(")
        self._pprint_bytes(bytes(object), stream, indent + len("bytearray("), allowance + 1,
                           context, level + 1)
        stream.write(")")

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write("mappingproxy(")
        self._format(object.copy(), stream, indent + len("mappingproxy("), allowance + 1,
                     context, level)
        stream.write(")")

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        # The plain type prints as "namespace(...)"; subclasses by their name.
        if type(object) is _types.SimpleNamespace:
            name = "namespace"
        else:
            name = object.__class__.__name__
        stream.write(name + "(")
        self._format_namespace_items(object.__dict__.items(), stream, indent + len(name) + 1,
                                     allowance, context, level)
        stream.write(")")

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        # defaultdict(<class 'list'>,
        #             {...})
        stream.write(f"{name}({factory},\n{' ' * indent}")
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(")")

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "({")
        if self._indent_per_level > 1:
            stream.write(" " * (self._indent_per_level - 1))
        # Most common first, as Counter's own repr lists them.
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1,
                                allowance + 2, context, level)
        stream.write("})")

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        maps = object.maps
        if not len(maps):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "(")
        indent += len(name) + 1
        last = len(maps) - 1
        for i, m in enumerate(maps):
            if i == last:
                self._format(m, stream, indent, allowance + 1, context, level)
                stream.write(")")
            else:
                self._format(m, stream, indent, 1, context, level)
                stream.write(",\n" + " " * indent)

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "(")
        indent += len(name) + 1
        stream.write("[")
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write("])")
        else:
            # The items' last line ends with "]," and maxlen gets its own line.
            self._format_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write(f"],\n{' ' * indent}maxlen={maxlen})")

    # UserDict, UserList and UserString print as the object they wrap, at
    # the level of the wrapper.

    def _pprint_user_dict(self, object, stream, indent, allowance, context, level):
        self._format(object.data, stream, indent, allowance, context, level - 1)

    def _pprint_user_list(self, object, stream, indent, allowance, context, level):
        self._format(object.data, stream, indent, allowance, context, level - 1)

    def _pprint_user_string(self, object, stream, indent, allowance, context, level):
        self._format(object.data, stream, indent, allowance, context, level - 1)

    # -- the items of containers --------------------------------------------

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        # key: value pairs, one per line; a value starts after its "key: ".
        write = stream.write
        indent += self._indent_per_level
        between = ",\n" + " " * indent
        last = len(items) - 1
        for i, (key, value) in enumerate(items):
            rep = self._repr(key, context, level)
            write(rep)
            write(": ")
            self._format(value, stream, indent + len(rep) + 2,
                         allowance if i == last else 1, context, level)
            if i != last:
                write(between)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        # name=value pairs of dataclasses and namespaces, one per line. A value
        # that is one of the objects being printed shows as "...", as the
        # objects' own reprs do.
        write = stream.write
        between = ",\n" + " " * indent
        last = len(items) - 1
        for i, (name, value) in enumerate(items):
            write(name)
            write("=")
            if id(value) in context:
                write("...")
            else:
                self._format(value, stream, indent + len(name) + 1,
                             allowance if i == last else 1, context, level)
            if i != last:
                write(between)

    def _format_items(self, items, stream, indent, allowance, context, level):
        # The items of a sequence or set, one per line, or with compact=True
        # as many one-line reprs per line as fit:
        #
        #   [1, 2, 3,          <- each item costs len(repr) + 2 (", " or ",\n")
        #    4, 5]                and the last one also its allowance
        write = stream.write
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            write(" " * (self._indent_per_level - 1))
        newline = ",\n" + " " * indent
        separator = ""
        line_room = room = self._width - indent + 1
        it = iter(items)
        try:
            upcoming = next(it)
        except StopIteration:
            return
        at_end = False
        while not at_end:
            item = upcoming
            try:
                upcoming = next(it)
            except StopIteration:
                at_end = True
                line_room -= allowance
                room -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                cost = len(rep) + 2
                if room < cost:
                    room = line_room
                    if separator:
                        separator = newline
                if room >= cost:
                    room -= cost
                    write(separator)
                    separator = ", "
                    write(rep)
                    continue
            write(separator)
            separator = newline
            self._format(item, stream, indent, allowance if at_end else 1, context, level)

    # -- one-line reprs ----------------------------------------------------

    def _safe_repr(self, object, context, maxlevels, level):
        # (text, readable, recursive). Lists, tuples and dicts whose type keeps
        # the built-in __repr__ are rebuilt here, their items through
        # self.format(); everything else is repr(object).
        typ = type(object)
        if typ in _builtin_scalars:
            return repr(object), True, False

        r = getattr(typ, "__repr__", None)

        if issubclass(typ, int) and r is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False

        if issubclass(typ, dict) and r is dict.__repr__:
            if not object:
                return "{}", True, False
            key = id(object)
            if maxlevels and level >= maxlevels:
                return "{...}", False, key in context
            if key in context:
                return _recursion(object), False, True
            context[key] = 1
            readable = True
            recursive = False
            parts = []
            level += 1
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = object.items()
            for k, v in items:
                krepr, kreadable, krecursive = self.format(k, context, maxlevels, level)
                vrepr, vreadable, vrecursive = self.format(v, context, maxlevels, level)
                parts.append(f"{krepr}: {vrepr}")
                readable = readable and kreadable and vreadable
                if krecursive or vrecursive:
                    recursive = True
            del context[key]
            return "{" + ", ".join(parts) + "}", readable, recursive

        is_list = issubclass(typ, list) and r is list.__repr__
        if is_list or (issubclass(typ, tuple) and r is tuple.__repr__):
            if is_list:
                if not object:
                    return "[]", True, False
                opening, closing = "[", "]"
            elif len(object) == 1:
                opening, closing = "(", ",)"
            else:
                if not object:
                    return "()", True, False
                opening, closing = "(", ")"
            key = id(object)
            if maxlevels and level >= maxlevels:
                return opening + "..." + closing, False, key in context
            if key in context:
                return _recursion(object), False, True
            context[key] = 1
            readable = True
            recursive = False
            parts = []
            level += 1
            for item in object:
                irepr, ireadable, irecursive = self.format(item, context, maxlevels, level)
                parts.append(irepr)
                if not ireadable:
                    readable = False
                if irecursive:
                    recursive = True
            del context[key]
            return opening + ", ".join(parts) + closing, readable, recursive

        rep = repr(object)
        # "Readable" unless it looks like <...>; an empty repr stays "" as in CPython.
        return rep, (rep and not rep.startswith("<")), False


def _has_generated_repr(object):
    # A dataclass instance whose __repr__ is the one @dataclass wrote (the
    # function it wraps was made inside __create_fn__).
    if not _dataclasses.is_dataclass(object) or isinstance(object, type):
        return False
    if not object.__dataclass_params__.repr:
        return False
    method = object.__repr__
    return hasattr(method, "__wrapped__") and "__create_fn__" in method.__wrapped__.__qualname__


# The layouts, by the __repr__ of the types they lay out. Subclasses of
# PrettyPrinter copy and extend this table.
PrettyPrinter._dispatch = {
    dict.__repr__: PrettyPrinter._pprint_dict,
    _collections.OrderedDict.__repr__: PrettyPrinter._pprint_ordered_dict,
    list.__repr__: PrettyPrinter._pprint_list,
    tuple.__repr__: PrettyPrinter._pprint_tuple,
    set.__repr__: PrettyPrinter._pprint_set,
    frozenset.__repr__: PrettyPrinter._pprint_set,
    str.__repr__: PrettyPrinter._pprint_str,
    bytes.__repr__: PrettyPrinter._pprint_bytes,
    bytearray.__repr__: PrettyPrinter._pprint_bytearray,
    _types.MappingProxyType.__repr__: PrettyPrinter._pprint_mappingproxy,
    _types.SimpleNamespace.__repr__: PrettyPrinter._pprint_simplenamespace,
    _collections.defaultdict.__repr__: PrettyPrinter._pprint_default_dict,
    _collections.Counter.__repr__: PrettyPrinter._pprint_counter,
    _collections.deque.__repr__: PrettyPrinter._pprint_deque,
}

# The collections heapscope may not have (yet).
for _name, _layout in (("ChainMap", PrettyPrinter._pprint_chain_map),
                       ("UserDict", PrettyPrinter._pprint_user_dict),
                       ("UserList", PrettyPrinter._pprint_user_list),
                       ("UserString", PrettyPrinter._pprint_user_string)):
    _cls = getattr(_collections, _name, None)
    if _cls is not None:
        PrettyPrinter._dispatch[_cls.__repr__] = _layout
del _name, _layout, _cls
