"""Shell-style wildcards: '*' any run, '?' one character, '[seq]' / '[!seq]'
a character in (not in) seq. Matching is case-sensitive on POSIX, where
os.path.normcase changes nothing.

heapscope's version of the module; translate() gives the same regular
expressions as CPython 3.11's.
"""

import functools
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether name matches the pattern pat (case-sensitive on POSIX)."""
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        text = translate(str(pat, 'ISO-8859-1'))
        return re.compile(bytes(text, 'ISO-8859-1')).match
    return re.compile(translate(pat)).match


def filter(names, pat):
    """The items of names that match pat."""
    match = _compile_pattern(pat)
    return [name for name in names if match(name)]


def fnmatchcase(name, pat):
    """Whether name matches pat, comparing case exactly."""
    return _compile_pattern(pat)(name) is not None


# translate() first cuts the pattern into pieces, with _STAR for each run of
# '*', then joins the pieces between stars: every run but the last becomes an
# atomic lazy group, so that 'a*b*c*d' cannot backtrack exponentially.
_STAR = object()


def _class_pieces(pat, start, end):
    """The text of the set pat[start+1:end] (']' at end) as regex set items."""
    body = pat[start + 1:end]
    if '-' not in body:
        return body.replace('\\', r'\\')
    # Split at the hyphens that make ranges, keeping each range's ends.
    chunks = []
    cut = start + 1
    look = start + 3 if pat[start + 1] == '!' else start + 2
    while True:
        dash = pat.find('-', look, end)
        if dash < 0:
            break
        chunks.append(pat[cut:dash])
        cut = dash + 1
        look = dash + 3
    tail = pat[cut:end]
    if tail:
        chunks.append(tail)
    else:
        chunks[-1] += '-'
    # A range whose ends are out of order matches nothing: drop it.
    for k in range(len(chunks) - 1, 0, -1):
        if chunks[k - 1][-1] > chunks[k][0]:
            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
            del chunks[k]
    return '-'.join(c.replace('\\', r'\\').replace('-', r'\-') for c in chunks)


def _pieces(pat):
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] is not _STAR:
                out.append(_STAR)
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            j = pat.find(']', j)
            if j < 0:
                out.append('\\[')
                continue
            body = _class_pieces(pat, i - 1, j)
            i = j + 1
            # Set operations of future Pythons are escaped, as CPython does.
            body = re.sub(r'([&~|])', r'\\\1', body)
            if not body:
                out.append('(?!)')
            elif body == '!':
                out.append('.')
            else:
                if body[0] == '!':
                    body = '^' + body[1:]
                elif body[0] in ('^', '['):
                    body = '\\' + body
                out.append('[%s]' % body)
        else:
            out.append(re.escape(c))
    return out


def translate(pat):
    """The regular expression (a str) that matches what pat matches."""
    pieces = _pieces(pat)
    groups = [[]]
    for piece in pieces:
        if piece is _STAR:
            groups.append([])
        else:
            groups[-1].append(piece)
    text = ''.join(groups[0])
    for k, group in enumerate(groups[1:], 1):
        fixed = ''.join(group)
        if k == len(groups) - 1:
            text += '.*' + fixed
        else:
            text += '(?>.*?' + fixed + ')'
    return r'(?s:%s)\Z' % text
