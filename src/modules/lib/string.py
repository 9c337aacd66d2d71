"""String constants, capwords, Template and Formatter (heapscope's string
module, after CPython 3.11's Lib/string.py).

heapscope has no re module yet, so Template scans templates by hand. The class
attributes work as in CPython: delimiter (any string), idpattern and
braceidpattern (regular expressions, matched by the small engine below, which
knows literals, escapes, [classes], (?:groups), (?a:...), (?i:...), |, *, +,
? and {m,n}) and flags (IGNORECASE is 2, as re.IGNORECASE). Overriding
`pattern` itself needs the re module: such a subclass raises
NotImplementedError when it is defined."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalizes each word of s (split on sep, joined with sep or a space)."""
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


# --- a small regular-expression engine for idpattern/braceidpattern ------------

_IGNORECASE = 2


class _Pattern:
    """A parsed regex: nodes are ("lit", ch), ("any",), ("set", items, negated),
    ("alt", [seq, ...]), ("rep", node, lo, hi); a seq is a list of nodes."""

    def __init__(self, source, flags):
        self.source = source
        self.icase = bool(flags & _IGNORECASE)
        self.i = 0
        self.tree = self._alt()
        if self.i != len(source):
            raise ValueError("string.Template: cannot parse idpattern %r" % (source,))

    def _peek(self):
        return self.source[self.i] if self.i < len(self.source) else None

    def _alt(self):
        seqs = [self._seq()]
        while self._peek() == "|":
            self.i += 1
            seqs.append(self._seq())
        return ("alt", seqs)

    def _seq(self):
        seq = []
        while self._peek() not in (None, "|", ")"):
            atom = self._atom()
            c = self._peek()
            if c in ("*", "+", "?"):
                self.i += 1
                atom = ("rep", atom, 1 if c == "+" else 0, 1 if c == "?" else None)
            elif c == "{" and "}" in self.source[self.i:]:
                j = self.source.index("}", self.i)
                lo, _, hi = self.source[self.i + 1:j].partition(",")
                self.i = j + 1
                atom = ("rep", atom, int(lo or 0), (int(hi) if hi else None) if _ else int(lo))
            if self._peek() == "?":  # lazy quantifiers match like greedy ones here
                self.i += 1
            seq.append(atom)
        return seq

    def _escape(self, c):
        classes = {"d": "0123456789", "w": "_0123456789abcdefghijklmnopqrstuvwxyz"
                   "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "s": " \t\n\r\f\v"}
        if c in classes:
            return ("set", [(ch, ch) for ch in classes[c]], False)
        if c.upper() in classes and c.isupper():
            return ("set", [(ch, ch) for ch in classes[c.lower()]], True)
        return ("lit", {"n": "\n", "t": "\t", "r": "\r"}.get(c, c))

    def _atom(self):
        src = self.source
        c = src[self.i]
        self.i += 1
        if c == "(":
            if src.startswith("?", self.i):
                j = self.i + 1
                while j < len(src) and src[j] not in ":)":
                    j += 1
                if j >= len(src) or src[j] != ":":
                    raise ValueError("string.Template: unsupported group in %r" % (src,))
                if "i" in src[self.i + 1:j]:
                    self.icase = True
                self.i = j + 1
            node = self._alt()
            if self._peek() != ")":
                raise ValueError("string.Template: missing ) in %r" % (src,))
            self.i += 1
            return node
        if c == "[":
            negated = self._peek() == "^"
            if negated:
                self.i += 1
            items = []
            first = True
            while self._peek() is not None and (self._peek() != "]" or first):
                first = False
                a = src[self.i]
                self.i += 1
                if a == "\\":
                    e = self._escape(src[self.i])
                    self.i += 1
                    if e[0] == "set":
                        items.extend(e[1])
                        continue
                    a = e[1]
                if self._peek() == "-" and self.i + 1 < len(src) and src[self.i + 1] != "]":
                    b = src[self.i + 1]
                    self.i += 2
                    items.append((a, b))
                else:
                    items.append((a, a))
            self.i += 1
            return ("set", items, negated)
        if c == "\\":
            self.i += 1
            return self._escape(src[self.i - 1])
        if c == ".":
            return ("any",)
        return ("lit", c)

    def _one(self, node, ch):
        kind = node[0]
        if kind == "any":
            return ch != "\n"
        if kind == "lit":
            return ch == node[1] or (self.icase and ch.lower() == node[1].lower())
        cands = (ch, ch.lower(), ch.upper()) if self.icase else (ch,)
        hit = any(lo <= x <= hi for x in cands for lo, hi in node[1])
        return hit != node[2]

    def _match(self, node, text, pos, k):
        """Calls k(end) for each way `node` matches at pos, longest first; returns its result."""
        kind = node[0]
        if kind == "alt":
            for seq in node[1]:
                r = self._seq_match(seq, 0, text, pos, k)
                if r is not None:
                    return r
            return None
        if kind == "rep":
            _, sub, lo, hi = node
            if sub[0] in ("lit", "set", "any"):
                # One character at a time: count greedily, then give back (no recursion).
                end = pos
                while (hi is None or end - pos < hi) and end < len(text) \
                        and self._one(sub, text[end]):
                    end += 1
                while end - pos >= lo:
                    r = k(end)
                    if r is not None:
                        return r
                    end -= 1
                return None

            def more(count, at):
                if hi is None or count < hi:
                    r = self._match(sub, text, at,
                                    lambda e: more(count + 1, e) if e != at else None)
                    if r is not None:
                        return r
                return k(at) if count >= lo else None
            return more(0, pos)
        if pos < len(text) and self._one(node, text[pos]):
            return k(pos + 1)
        return None

    def _seq_match(self, seq, idx, text, pos, k):
        if idx == len(seq):
            return k(pos)
        return self._match(seq[idx], text, pos,
                           lambda e: self._seq_match(seq, idx + 1, text, e, k))

    def match_end(self, text, pos, then=None):
        """The end of the first match at pos (greedy, backtracking) after which
        `then(text, end)` holds, or None."""
        if then is None:
            return self._match(self.tree, text, pos, lambda e: e)
        return self._match(self.tree, text, pos, lambda e: e if then(text, e) else None)


# --- Template ------------------------------------------------------------------

_sentinel_dict = {}


class _Match:
    """What one delimiter occurrence matched: the group that matched and its text."""

    def __init__(self, kind, start, end, name=None):
        self.kind = kind  # "escaped", "named", "braced" or "invalid"
        self.start = start
        self.end = end
        self.name = name


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = _IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if "pattern" in cls.__dict__:
            raise NotImplementedError(
                "string.Template: a subclass that sets 'pattern' needs the re module, "
                "which heapscope does not have yet; set delimiter, idpattern, "
                "braceidpattern or flags instead")
        cls._compiled = None

    def __init__(self, template):
        self.template = template

    @classmethod
    def _patterns(cls):
        c = cls.__dict__.get("_compiled")
        if c is None or c[0] != (cls.delimiter, cls.idpattern, cls.braceidpattern, cls.flags):
            key = (cls.delimiter, cls.idpattern, cls.braceidpattern, cls.flags)
            idp = _Pattern(cls.idpattern, cls.flags)
            bid = _Pattern(cls.braceidpattern, cls.flags) if cls.braceidpattern else idp
            c = (key, idp, bid)
            cls._compiled = c
        return c[1], c[2]

    def _scan(self):
        """Yields a _Match for each delimiter, left to right, as re.finditer would."""
        idp, bid = self._patterns()
        text = self.template
        delim = self.delimiter
        n = len(delim)
        icase = bool(self.flags & _IGNORECASE)
        same = (lambda a, b: a.lower() == b.lower()) if icase else (lambda a, b: a == b)
        i = 0
        while i <= len(text) - n:
            if not same(text[i:i + n], delim):
                i += 1
                continue
            j = i + n
            if same(text[j:j + n], delim) and n > 0:
                yield _Match("escaped", i, j + n)
                i = j + n
                continue
            end = idp.match_end(text, j)
            if end is not None and end > j:
                yield _Match("named", i, end, text[j:end])
                i = end
                continue
            if text.startswith("{", j):
                end = bid.match_end(text, j + 1, lambda t, e: t.startswith("}", e))
                if end is not None:
                    yield _Match("braced", i, end + 1, text[j + 1:end])
                    i = end + 1
                    continue
            yield _Match("invalid", i, j)
            i = j if n > 0 else i + 1

    def _invalid(self, mo):
        i = mo.end
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _sub(self, convert):
        out = []
        last = 0
        for mo in self._scan():
            out.append(self.template[last:mo.start])
            out.append(convert(mo))
            last = mo.end
        out.append(self.template[last:])
        return "".join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)

        def convert(mo):
            if mo.name is not None:
                return str(mapping[mo.name])
            if mo.kind == "escaped":
                return self.delimiter
            self._invalid(mo)
        return self._sub(convert)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)

        def convert(mo):
            if mo.name is not None:
                try:
                    return str(mapping[mo.name])
                except KeyError:
                    return self.template[mo.start:mo.end]
            if mo.kind == "escaped":
                return self.delimiter
            return self.template[mo.start:mo.end]
        return self._sub(convert)

    def is_valid(self):
        for mo in self._scan():
            if mo.kind == "invalid":
                return False
        return True

    def get_identifiers(self):
        ids = []
        for mo in self._scan():
            if mo.name is not None and mo.name not in ids:
                ids.append(mo.name)
        return ids


class _ChainMap:
    """The lookup order of collections.ChainMap(kws, mapping), all Template needs."""

    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


# --- Formatter -----------------------------------------------------------------

def _formatter_parser(s):
    """_string.formatter_parser: (literal, field_name, format_spec, conversion) tuples."""
    i = 0
    n = len(s)
    while i < n:
        start = i
        c = None
        while i < n:
            c = s[i]
            i += 1
            if c == "{" or c == "}":
                break
        else:
            c = None
        if c is None:
            yield (s[start:i], None, None, None)
            return
        at_end = i >= n
        if c == "}" and (at_end or s[i] != "}"):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == "{":
            raise ValueError("Single '{' encountered in format string")
        if s[i] == c:
            i += 1
            yield (s[start:i - 1], None, None, None)
            continue
        literal = s[start:i - 1]
        # The field: a name up to '}', ':' or '!' (brackets skipped), then the rest.
        fstart = i
        c = None
        while i < n:
            c = s[i]
            i += 1
            if c == "{":
                raise ValueError("unexpected '{' in field name")
            if c == "[":
                while i < n and s[i] != "]":
                    i += 1
                continue
            if c in "}:!":
                break
        else:
            c = None
        if c is None:
            raise ValueError("expected '}' before end of string")
        name = s[fstart:i - 1]
        conversion = None
        if c == "!":
            if i >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[i]
            i += 1
            if i < n:
                c = s[i]
                i += 1
                if c == "}":
                    yield (literal, name, "", conversion)
                    continue
                if c != ":":
                    raise ValueError("expected ':' after conversion specifier")
        if c == "}":
            yield (literal, name, "", conversion)
            continue
        spec_start = i
        depth = 1
        while i < n:
            c = s[i]
            i += 1
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
                if depth == 0:
                    break
        if depth != 0:
            raise ValueError("unmatched '{' in format spec")
        yield (literal, name, s[spec_start:i - 1], conversion)


def _as_index(s):
    return int(s) if s and s.isdecimal() else s


def _field_rest(s, i):
    n = len(s)
    while i < n:
        c = s[i]
        i += 1
        if c == ".":
            j = i
            while i < n and s[i] not in ".[":
                i += 1
            if i == j:
                raise ValueError("Empty attribute in format string")
            yield (True, s[j:i])
        elif c == "[":
            j = i
            while i < n and s[i] != "]":
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            if i == j:
                raise ValueError("Empty attribute in format string")
            yield (False, _as_index(s[j:i]))
            i += 1
            if i < n and s[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _formatter_field_name_split(s):
    """_string.formatter_field_name_split: the first name (an int if decimal) and the rest."""
    i = 0
    while i < len(s) and s[i] not in ".[":
        i += 1
    return _as_index(s[:i]), _field_rest(s, i)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == "":
                    if auto_arg_index is False:
                        raise ValueError("cannot switch from manual field specification to "
                                         "automatic field numbering")
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError("cannot switch from manual field specification to "
                                         "automatic field numbering")
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == "s":
            return str(value)
        elif conversion == "r":
            return repr(value)
        elif conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
