# Where pprint breaks lines: every width from very narrow to wide, indents,
# compact mode, and the splitting of long str, bytes and bytearray values.
import pprint

lorem = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod "
         "tempor incididunt ut labore et dolore magna aliqua.")
structure = {
    "text": lorem,
    "lines": "first line\nsecond line is a little longer\n\nfourth\r\nfifth\tand tab ",
    "blob": bytes(range(40)),
    "buffer": bytearray(b"memory " * 6),
    "matrix": [[i * j for j in range(6)] for i in range(4)],
    "pairs": [("key%d" % i, i ** 3) for i in range(5)],
    "one": ("only",),
}

for width in [1, 3, 8, 13, 20, 30, 40, 60, 80, 200]:
    print(f"--- width={width}")
    print(pprint.pformat(structure, width=width))

for indent in [0, 2, 3, 8]:
    for width in [1, 20, 45]:
        print(f"--- indent={indent} width={width}")
        print(pprint.pformat(structure["matrix"], indent=indent, width=width))
        print(pprint.pformat({"a": structure["pairs"], "b": {"c": (1,)}}, indent=indent,
                             width=width))
        print(pprint.pformat(set(range(8)), indent=indent, width=width))
        print(pprint.pformat(frozenset(range(8)), indent=indent, width=width))

# compact fills lines with as many one-line items as fit.
numbers = list(range(1, 60))
words = lorem.split()
for width in [1, 10, 18, 33, 79]:
    print(f"--- compact width={width}")
    print(pprint.pformat(numbers, width=width, compact=True))
    print(pprint.pformat(words, width=width, compact=True))
    print(pprint.pformat((numbers[:7], [words[:4], words[4:9]], numbers[:3]), width=width,
                         compact=True))
    print(pprint.pformat({"nums": numbers[:20], "words": tuple(words[:8])}, width=width,
                         compact=True, indent=2))
    print(pprint.pformat(set(numbers[:25]), width=width, compact=True))

# Strings: split after line breaks, then between words; parentheses only at
# the top level; a single word longer than the width stays whole.
strings = [
    lorem,
    "word " * 30,
    "x" * 100,
    "a\nb\nc\n" * 3,
    "  leading and trailing spaces  " * 3,
    "tabs\tand\tvertical\x0bbreaks\x0cand\x1cseparators\u2028unicode\u2029paragraph",
    "quotes ' and \" mixed ' in a long string that needs to be split somewhere",
    "non-ASCII: àéîõü ñ ß – “quoted” — and emoji 🐍 in a rather long sentence here",
    "\\backslashes\\ and \x00 control \x7f characters in a long string to split up",
    "short",
]
for s in strings:
    for width in [1, 20, 35, 60]:
        print(f"--- str width={width}")
        print(pprint.pformat(s, width=width))
        print(pprint.pformat([s], width=width))
        print(pprint.pformat({"k": s, "n": 1}, width=width))
        print(pprint.pformat((s, (s,)), width=width))

# Bytes are cut every 4 bytes; bytearray too, inside "bytearray(...)".
blobs = [bytes(range(256))[::7], b"abcd" * 10, b"abcde" * 9, b"12345", b"1234",
         b"\x00\xff" * 13, b"\\'\"" * 9]
for b in blobs:
    for width in [1, 12, 17, 40]:
        print(f"--- bytes width={width}")
        print(pprint.pformat(b, width=width))
        print(pprint.pformat([b, b], width=width))
        print(pprint.pformat(bytearray(b), width=width))
        print(pprint.pformat({"b": bytearray(b)}, width=width))
        print(pprint.pformat((bytearray(b),), width=width))

# A negative width is allowed: everything that can break does.
print(pprint.pformat(structure, width=-5))
print(pprint.pformat([lorem[:30], b"0123456789"], width=-1, indent=0))
