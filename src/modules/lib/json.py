"""JSON encoding and decoding (heapscope's json module, in Python): dumps,
loads, dump, load and JSONDecodeError, with CPython's output format, options
and error messages."""

__all__ = ["dump", "dumps", "load", "loads", "JSONDecodeError", "JSONDecoder", "JSONEncoder"]

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
            "\b": "\\b", "\f": "\\f"}
_INF = float("inf")


def _encode_str(s, ensure_ascii):
    out = ['"']
    for ch in s:
        esc = _ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
            continue
        n = ord(ch)
        if n < 0x20 or (ensure_ascii and n > 0x7E):
            if n > 0xFFFF:
                n -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF)))
            else:
                out.append("\\u%04x" % n)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


class JSONEncoder:
    """Turns Python values into JSON text (dict, list, tuple, str, int, float, bool, None)."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        return "".join(self.iterencode(o))

    def _float(self, o):
        if o != o:
            text = "NaN"
        elif o == _INF:
            text = "Infinity"
        elif o == -_INF:
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def iterencode(self, o, _one_shot=False):
        markers = {} if self.check_circular else None
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        out = []
        self._encode(o, markers, indent, 0, out)
        return out

    def _newline(self, indent, level):
        return "\n" + indent * level

    def _encode(self, o, markers, indent, level, out):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, markers, indent, level, out)
        elif isinstance(o, dict):
            self._encode_dict(o, markers, indent, level, out)
        else:
            if markers is not None:
                marker = id(o)
                if marker in markers:
                    raise ValueError("Circular reference detected")
                markers[marker] = o
            self._encode(self.default(o), markers, indent, level, out)
            if markers is not None:
                del markers[marker]

    def _enter(self, o, markers):
        if markers is not None:
            if id(o) in markers:
                raise ValueError("Circular reference detected")
            markers[id(o)] = o

    def _encode_list(self, o, markers, indent, level, out):
        if not o:
            out.append("[]")
            return
        self._enter(o, markers)
        out.append("[")
        sep = self.item_separator
        if indent is not None:
            level += 1
            sep += self._newline(indent, level)
            out.append(self._newline(indent, level))
        first = True
        for value in o:
            if not first:
                out.append(sep)
            first = False
            self._encode(value, markers, indent, level, out)
        if indent is not None:
            out.append(self._newline(indent, level - 1))
        out.append("]")
        if markers is not None:
            del markers[id(o)]

    def _key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self._float(key)
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")

    def _encode_dict(self, o, markers, indent, level, out):
        if not o:
            out.append("{}")
            return
        self._enter(o, markers)
        out.append("{")
        sep = self.item_separator
        if indent is not None:
            level += 1
            sep += self._newline(indent, level)
            out.append(self._newline(indent, level))
        items = sorted(o.items()) if self.sort_keys else o.items()
        first = True
        for key, value in items:
            key = self._key(key)
            if key is None:
                continue
            if not first:
                out.append(sep)
            first = False
            out.append(_encode_str(key, self.ensure_ascii))
            out.append(self.key_separator)
            self._encode(value, markers, indent, level, out)
        if indent is not None:
            out.append(self._newline(indent, level - 1))
        out.append("}")
        if markers is not None:
            del markers[id(o)]


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """obj as a JSON str."""
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    """Writes obj as JSON to fp."""
    fp.write(dumps(obj, **kw))


class JSONDecodeError(ValueError):
    """A JSON document could not be decoded: msg, doc, pos, lineno, colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_WS = " \t\n\r"
_CONSTANTS = {"NaN": float("nan"), "Infinity": _INF, "-Infinity": -_INF}
_BACKSLASH = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class JSONDecoder:
    """Turns JSON text into Python values."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        pos = self._skip(s, 0)
        obj, end = self.raw_decode(s, pos)
        end = self._skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return self._value(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None

    def _skip(self, s, i):
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def _value(self, s, i):
        if i >= len(s):
            raise StopIteration(i)
        ch = s[i]
        if ch == '"':
            return self._string(s, i + 1)
        if ch == "{":
            return self._object(s, i + 1)
        if ch == "[":
            return self._array(s, i + 1)
        if s.startswith("null", i):
            return None, i + 4
        if s.startswith("true", i):
            return True, i + 4
        if s.startswith("false", i):
            return False, i + 5
        if s.startswith("NaN", i):
            return self.parse_constant("NaN"), i + 3
        if s.startswith("Infinity", i):
            return self.parse_constant("Infinity"), i + 8
        if s.startswith("-Infinity", i):
            return self.parse_constant("-Infinity"), i + 9
        return self._number(s, i)

    def _number(self, s, i):
        n = len(s)
        j = i
        if j < n and s[j] == "-":
            j += 1
        if j < n and s[j] == "0":
            j += 1
        elif j < n and "1" <= s[j] <= "9":
            while j < n and "0" <= s[j] <= "9":
                j += 1
        else:
            raise StopIteration(i)
        is_float = False
        if j + 1 < n and s[j] == "." and "0" <= s[j + 1] <= "9":
            is_float = True
            j += 1
            while j < n and "0" <= s[j] <= "9":
                j += 1
        if j < n and s[j] in "eE":
            k = j + 1
            if k < n and s[k] in "+-":
                k += 1
            if k < n and "0" <= s[k] <= "9":
                is_float = True
                j = k
                while j < n and "0" <= s[j] <= "9":
                    j += 1
        text = s[i:j]
        return (self.parse_float(text) if is_float else self.parse_int(text)), j

    def _string(self, s, i):
        begin = i - 1
        chunks = []
        n = len(s)
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != "\\" and (s[j] >= " " or not self.strict):
                j += 1
            chunks.append(s[i:j])
            if j >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            ch = s[j]
            if ch == '"':
                return "".join(chunks), j + 1
            if ch != "\\":
                raise JSONDecodeError("Invalid control character at", s, j)
            if j + 1 >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            esc = s[j + 1]
            if esc != "u":
                if esc not in _BACKSLASH:
                    raise JSONDecodeError("Invalid \\escape", s, j)
                chunks.append(_BACKSLASH[esc])
                i = j + 2
                continue
            uni = self._hex4(s, j)
            i = j + 6
            if 0xD800 <= uni <= 0xDBFF and s[i:i + 2] == "\\u":
                uni2 = self._hex4(s, i)
                if 0xDC00 <= uni2 <= 0xDFFF:
                    uni = 0x10000 + (((uni - 0xD800) << 10) | (uni2 - 0xDC00))
                    i += 6
            chunks.append(chr(uni))

    def _hex4(self, s, j):
        esc = s[j + 2:j + 6]
        if len(esc) == 4 and all(c in "0123456789abcdefABCDEF" for c in esc):
            return int(esc, 16)
        raise JSONDecodeError("Invalid \\uXXXX escape", s, j + 1)

    def _object(self, s, i):
        pairs = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == "}":
            return self._finish_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self._string(s, i + 1)
            i = self._skip(s, i)
            if i >= len(s) or s[i] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self._skip(s, i + 1)
            try:
                value, i = self._value(s, i)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            pairs.append((key, value))
            i = self._skip(s, i)
            if i < len(s) and s[i] == "}":
                return self._finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, s, i):
        values = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == "]":
            return values, i + 1
        while True:
            try:
                value, i = self._value(s, i)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            values.append(value)
            i = self._skip(s, i)
            if i < len(s) and s[i] == "]":
                return values, i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document s (str, bytes or bytearray)."""
    if isinstance(s, str):
        if s.startswith("\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f"the JSON object must be str, bytes or bytearray, "
                            f"not {s.__class__.__name__}")
        s = s.decode("utf-8")
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    """The Python value of the JSON document read from fp."""
    return loads(fp.read(), **kw)
