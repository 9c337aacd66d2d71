# pprint on pseudo-random data (a fixed linear congruential generator, so
# python3 and heapscope see the same objects): nested containers of every
# kind pprint lays out, keys of mixed types, odd whitespace and quotes in
# strings, random bytes, with random widths and options.
import collections
import pprint
import types

state = 20261124


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


WORDS = ["a", "heap", "arena", "pool", "block", "", "x y", "long word here", "tab\there",
         "nl\nline", "ü", "quote'd", 'dq"x', "  spaced  "]
PIECES = ["a", "b", "word", " ", "  ", "\t", "\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1f",
          "\x85", "\xa0", "\u2028", "\u3000", "'", '"', "\\", "é", "🐍", "\x00", "\u200b", "-"]


def leaf():
    kind = rnd(9)
    if kind == 0:
        return rnd(1000) - 500
    if kind == 1:
        return rnd(10 ** 12)
    if kind == 2:
        return WORDS[rnd(len(WORDS))] * (1 + rnd(6))
    if kind == 3:
        return bytes(rnd(256) for _ in range(rnd(30)))
    if kind == 4:
        return rnd(100) / 8
    if kind == 5:
        return None
    if kind == 6:
        return bool(rnd(2))
    if kind == 7:
        return bytearray(b"xyz" * rnd(12))
    return complex(rnd(5), rnd(5))


def key():
    kind = rnd(5)
    if kind == 0:
        return rnd(100)
    if kind == 1:
        return WORDS[rnd(len(WORDS))] + str(rnd(50))
    if kind == 2:
        return (rnd(5), WORDS[rnd(3)])
    if kind == 3:
        return rnd(20) / 4
    return None if rnd(3) == 0 else str(rnd(9))


def value(depth):
    if depth <= 0 or rnd(3) == 0:
        return leaf()
    kind = rnd(12)
    n = rnd(7)
    if kind == 0:
        return [value(depth - 1) for _ in range(n)]
    if kind == 1:
        return tuple(value(depth - 1) for _ in range(n))
    if kind == 2:
        return {key(): value(depth - 1) for _ in range(n)}
    if kind == 3:
        return {rnd(50) for _ in range(n)}
    if kind == 4:
        return frozenset(WORDS[rnd(5)] + str(rnd(9)) for _ in range(n))
    if kind == 5:
        return collections.OrderedDict((key(), value(depth - 1)) for _ in range(n))
    if kind == 6:
        return collections.defaultdict(list, {key(): value(depth - 1) for _ in range(n)})
    if kind == 7:
        return collections.Counter(WORDS[rnd(6)] for _ in range(n * 3))
    if kind == 8:
        return collections.deque([value(depth - 1) for _ in range(n)],
                                 maxlen=None if rnd(2) else 10)
    if kind == 9:
        return types.SimpleNamespace(**{"f" + str(i): value(depth - 1) for i in range(n)})
    if kind == 10:
        return (value(depth - 1),)
    return [value(depth - 1) for _ in range(n)]


for case in range(70):
    obj = value(4)
    options = {"width": 1 + rnd(90), "indent": rnd(5), "compact": bool(rnd(2)),
               "sort_dicts": bool(rnd(3)), "depth": None if rnd(3) else 1 + rnd(4),
               "underscore_numbers": bool(rnd(2))}
    print("case", case, options)
    print(pprint.pformat(obj, **options))

for case in range(70):
    text = "".join(PIECES[rnd(len(PIECES))] for _ in range(rnd(60)))
    # (no quote in the bytearray: heapscope's bytearray repr differs there)
    data = bytes(b for b in (rnd(256) for _ in range(rnd(40))) if b != 39)
    width = rnd(50) - 3 or 1
    print("text", case, width)
    print(pprint.pformat(text, width=width))
    print(pprint.pformat([text, {"k": text}], width=width))
    print(pprint.pformat((data, bytearray(data)), width=width))
    print(pprint.pformat(data, width=width, indent=rnd(4)))
