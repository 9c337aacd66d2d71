"""Text wrapping and filling (heapscope's textwrap, in Python, without re).

    "The quick brown-fox"  --split-->  ["The", " ", "quick", " ", "brown-", "fox"]
                           --wrap-->   lines: chunks taken while they fit the width;
                                       a chunk longer than a whole line is cut
                                       (after a hyphen if it can be)

CPython splits text into chunks with a regular expression (wordsep_re);
heapscope has no re here, so _split_words scans the text by hand and finds
the same chunks:
- a run of whitespace (the six ASCII whitespace characters);
- a run of two or more hyphens after a letter, digit or punctuation mark and
  before a word character (an em-dash written "--");
- otherwise a word: the shortest run of non-whitespace that ends
  * after a hyphen that has two letters (or letter, hyphen, letter) just
    before it and a letter, an optional hyphen and a letter just after it:
    "long-" of "long-word";
  * before whitespace or the end of the text;
  * before an em-dash that follows a word character or punctuation.

Written from CPython 3.11's documented and observed behaviour.
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_whitespace = "\t\n\x0b\x0c\r "


def _is_word(c):
    """\\w of a str pattern: alphanumeric or underscore."""
    return c.isalnum() or c == "_"


def _is_letter(c):
    """[^\\d\\W]: a word character that is not a decimal digit."""
    return (c.isalnum() or c == "_") and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in "!\"'&.,?"


def _dash_run(text, j):
    """The length of the run of '-' starting at j."""
    n = len(text)
    k = j
    while k < n and text[k] == "-":
        k += 1
    return k - j


def _split_words(text):
    """The chunks of text when hyphenated words may break (see the module doc)."""
    chunks = []
    n = len(text)
    ws = _whitespace
    letter = _is_letter
    i = 0
    while i < n:
        c = text[i]
        if c in ws:
            j = i + 1
            while j < n and text[j] in ws:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if c == "-" and i > 0 and _is_word_punct(text[i - 1]):
            run = _dash_run(text, i)
            if run >= 2 and i + run < n and _is_word(text[i + run]):
                chunks.append(text[i:i + run])
                i += run
                continue
        # A word: the first end position j > i that one of the three rules accepts.
        j = i + 1
        while True:
            if j >= n or text[j] in ws:
                end = j
                break
            t = text[j]
            if t == "-":
                # "xy-" or "x-y-" before the hyphen, "z" + optional "-" + "z" after it.
                before = ((j >= 2 and letter(text[j - 2]) and letter(text[j - 1]))
                          or (j >= 3 and letter(text[j - 3]) and text[j - 2] == "-"
                              and letter(text[j - 1])))
                if before and j + 1 < n and letter(text[j + 1]):
                    if j + 2 < n and letter(text[j + 2]):
                        end = j + 1
                        break
                    if j + 3 < n and text[j + 2] == "-" and letter(text[j + 3]):
                        end = j + 1
                        break
                if _is_word_punct(text[j - 1]):
                    run = _dash_run(text, j)
                    if run >= 2 and j + run < n and _is_word(text[j + run]):
                        end = j
                        break
            j += 1
        chunks.append(text[i:end])
        i = end
    return chunks


def _split_spaces(text):
    """The chunks of text when only whitespace separates them."""
    chunks = []
    n = len(text)
    ws = _whitespace
    i = 0
    while i < n:
        in_ws = text[i] in ws
        j = i + 1
        while j < n and (text[j] in ws) == in_ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _sentence_end(chunk):
    """[a-z][.!?]["']? at the end of the chunk."""
    k = len(chunk)
    if k and chunk[k - 1] in "\"'":
        k -= 1
    return k >= 2 and chunk[k - 1] in ".!?" and "a" <= chunk[k - 2] <= "z"


class TextWrapper:
    """Wraps paragraphs: wrap() gives the lines, fill() one string.

    width (70), initial_indent and subsequent_indent (""), expand_tabs,
    replace_whitespace, drop_whitespace, break_long_words, break_on_hyphens
    (True), fix_sentence_endings (False), tabsize (8), and the keyword-only
    max_lines (None) and placeholder (' [...]').
    """

    unicode_whitespace_trans = {ord(c): ord(" ") for c in _whitespace}

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Tabs expanded, then every whitespace character made a space (as configured)."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        chunks = _split_words(text) if self.break_on_hyphens is True else _split_spaces(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        """Two spaces after a sentence end ("end.  Next"), in place."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """A chunk too long for any line: cut what fits (after its last
        hyphen there, if any) onto the current line, or take it whole when
        long words may not break and the line is empty."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Fills lines with chunks. `chunks` is consumed (used as a stack, reversed)."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace at the start of a line (but the first) goes.
            if self.drop_whitespace and lines and chunks[-1].strip() == "":
                del chunks[-1]
            cur_line = []
            cur_len = 0
            while chunks and cur_len + len(chunks[-1]) <= width:
                cur_len += len(chunks[-1])
                cur_line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            last_fits = (not chunks
                         or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or last_fits and cur_len <= width):
                lines.append(indent + "".join(cur_line))
                continue
            # The last line allowed: end it with the placeholder where it fits.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + "".join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of the wrapped paragraph, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped paragraph as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wraps a paragraph into lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wraps a paragraph and joins the lines with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses whitespace and truncates to width, ending with the placeholder when cut."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    """Removes the whitespace every non-blank line starts with. Lines of
    only spaces and tabs become empty; a tab and a space do not match."""
    lines = text.split("\n")
    margin = None
    for k, line in enumerate(lines):
        stripped = line.lstrip(" \t")
        if not stripped:
            lines[k] = ""
            continue
        ind = line[:len(line) - len(stripped)]
        if margin is None:
            margin = ind
        elif ind.startswith(margin):
            pass
        elif margin.startswith(ind):
            margin = ind
        else:
            for i, (x, y) in enumerate(zip(margin, ind)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines of text for which predicate(line) is true
    (by default: the lines that are not only whitespace)."""
    out = []
    for line in text.splitlines(True):
        if (line.strip() if predicate is None else predicate(line)):
            out.append(prefix + line)
        else:
            out.append(line)
    return "".join(out)
