#!/usr/bin/env python3
"""Writes src/util/unicode-names-data.ts from this python3's unicodedata.

The module holds every character name that `"\\N{...}"` accepts, compressed:
  - names of the form PREFIX-HEX whose HEX is the code point (CJK UNIFIED
    IDEOGRAPH-4E00, NUSHU CHARACTER-1B170, ...) become ranges per prefix;
  - HANGUL SYLLABLE names are computed from the jamo short names (not stored);
  - every other name is a list of word numbers into a word table (most
    frequent words get the shortest numbers).
Formal aliases (accepted by \\N{} and unicodedata.lookup, never returned by
unicodedata.name) come from the candidate list below, each one confirmed by
unicodedata.lookup. Run: python3 scripts/gen-unicode-names.py
"""
import collections, os, re, sys, unicodedata

# Number encoding: a run of "continuation" digits then one "terminal" digit.
ALPHABET = "".join(chr(c) for c in range(0x23, 0x7F) if chr(c) not in "\\`$")
TERM = 60
TERMINALS = ALPHABET[:TERM]
CONTS = ALPHABET[TERM:]
C = len(CONTS)


def enc(n):
    digits = [TERMINALS[n % TERM]]
    n //= TERM
    while n > 0:
        n -= 1
        digits.append(CONTS[n % C])
        n //= C
    return "".join(reversed(digits))


def dec(s, i):
    n = 0
    while s[i] in CONTS:
        n = n * C + CONTS.index(s[i]) + 1
        i += 1
    return n * TERM + TERMINALS.index(s[i]), i + 1


# Candidate formal aliases (Unicode NameAliases.txt, types correction/control/
# alternate/figment/abbreviation); only those python3 accepts are kept.
ALIAS_CANDIDATES = """NULL|NUL|START OF HEADING|SOH|START OF TEXT|STX|END OF TEXT|ETX|END OF TRANSMISSION|EOT
ENQUIRY|ENQ|ACKNOWLEDGE|ACK|ALERT|BEL|BACKSPACE|BS|CHARACTER TABULATION|HORIZONTAL TABULATION|HT|TAB
LINE FEED|NEW LINE|END OF LINE|LF|NL|EOL|LINE TABULATION|VERTICAL TABULATION|VT|FORM FEED|FF
CARRIAGE RETURN|CR|SHIFT OUT|LOCKING-SHIFT ONE|SO|SHIFT IN|LOCKING-SHIFT ZERO|SI|DATA LINK ESCAPE|DLE
DEVICE CONTROL ONE|DC1|DEVICE CONTROL TWO|DC2|DEVICE CONTROL THREE|DC3|DEVICE CONTROL FOUR|DC4
NEGATIVE ACKNOWLEDGE|NAK|SYNCHRONOUS IDLE|SYN|END OF TRANSMISSION BLOCK|ETB|CANCEL|CAN|END OF MEDIUM|EOM
SUBSTITUTE|SUB|ESCAPE|ESC|INFORMATION SEPARATOR FOUR|FILE SEPARATOR|FS|INFORMATION SEPARATOR THREE
GROUP SEPARATOR|GS|INFORMATION SEPARATOR TWO|RECORD SEPARATOR|RS|INFORMATION SEPARATOR ONE|UNIT SEPARATOR
US|SP|DELETE|DEL|PADDING CHARACTER|PAD|HIGH OCTET PRESET|HOP|BREAK PERMITTED HERE|BPH|NO BREAK HERE|NBH
INDEX|IND|NEXT LINE|NEL|START OF SELECTED AREA|SSA|END OF SELECTED AREA|ESA|CHARACTER TABULATION SET
HORIZONTAL TABULATION SET|HTS|CHARACTER TABULATION WITH JUSTIFICATION|HORIZONTAL TABULATION WITH JUSTIFICATION
HTJ|LINE TABULATION SET|VERTICAL TABULATION SET|VTS|PARTIAL LINE FORWARD|PARTIAL LINE DOWN|PLD
PARTIAL LINE BACKWARD|PARTIAL LINE UP|PLU|REVERSE LINE FEED|REVERSE INDEX|RI|SINGLE SHIFT TWO|SINGLE-SHIFT-2
SS2|SINGLE SHIFT THREE|SINGLE-SHIFT-3|SS3|DEVICE CONTROL STRING|DCS|PRIVATE USE ONE|PRIVATE USE-1|PU1
PRIVATE USE TWO|PRIVATE USE-2|PU2|SET TRANSMIT STATE|STS|CANCEL CHARACTER|CCH|MESSAGE WAITING|MW
START OF GUARDED AREA|START OF PROTECTED AREA|SPA|END OF GUARDED AREA|END OF PROTECTED AREA|EPA
START OF STRING|SOS|SINGLE GRAPHIC CHARACTER INTRODUCER|SGC|SINGLE CHARACTER INTRODUCER|SCI
CONTROL SEQUENCE INTRODUCER|CSI|STRING TERMINATOR|ST|OPERATING SYSTEM COMMAND|OSC|PRIVACY MESSAGE|PM
APPLICATION PROGRAM COMMAND|APC|NBSP|SHY|LATIN CAPITAL LETTER GHA|LATIN SMALL LETTER GHA|CGJ|ALM
SYRIAC SUBLINEAR COLON SKEWED LEFT|KANNADA LETTER LLLA|LAO LETTER FO FON|LAO LETTER FO FAY|LAO LETTER RO
LAO LETTER LO|TIBETAN MARK BKA- SHOG GI MGO RGYAN|HANGUL JONGSEONG YESIEUNG-KIYEOK
HANGUL JONGSEONG YESIEUNG-SSANGKIYEOK|HANGUL JONGSEONG SSANGYESIEUNG|HANGUL JONGSEONG YESIEUNG-KHIEUKH
FVS1|FVS2|FVS3|MVS|FVS4|ZWSP|ZWNJ|ZWJ|LRM|RLM|LRE|RLE|PDF|LRO|RLO|NNBSP|MMSP|WJ|LRI|RLI|FSI|PDI
WEIERSTRASS ELLIPTIC FUNCTION|MICR ON US SYMBOL|MICR DASH SYMBOL
LEFTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE|RIGHTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE
YI SYLLABLE ITERATION MARK|MYANMAR LETTER KHAMTI LLA|PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET
BYTE ORDER MARK|BOM|ZWNBSP|CUNEIFORM SIGN NU11 TENU|CUNEIFORM SIGN NU11 OVER NU11 BUR OVER BUR
MEDEFAIDRIN CAPITAL LETTER H|MEDEFAIDRIN CAPITAL LETTER NG|MEDEFAIDRIN SMALL LETTER H|MEDEFAIDRIN SMALL LETTER NG
HENTAIGANA LETTER E-1|BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS""".replace("\n", "|").split("|")
ALIAS_CANDIDATES += ["VS%d" % i for i in range(1, 257)]


def main():
    names = {}
    for cp in range(0x110000):
        n = unicodedata.name(chr(cp), None)
        if n:
            names[cp] = n

    ranges = collections.defaultdict(list)  # prefix -> [[start, end], ...]
    stored = {}
    for cp in sorted(names):
        n = names[cp]
        if n.startswith("HANGUL SYLLABLE "):
            assert 0xAC00 <= cp <= 0xD7A3, n
            continue
        m = re.match(r"^(.*)-([0-9A-F]{4,6})$", n)
        if m and int(m.group(2), 16) == cp:
            r = ranges[m.group(1)]
            if r and r[-1][1] == cp - 1:
                r[-1][1] = cp
            else:
                r.append([cp, cp])
            continue
        stored[cp] = n

    aliases = {}
    for a in ALIAS_CANDIDATES:
        try:
            cp = ord(unicodedata.lookup(a))
        except KeyError:
            continue
        if names.get(cp) != a:
            aliases[a] = cp

    freq = collections.Counter(w for n in list(stored.values()) + list(aliases) for w in n.split(" "))
    words = [w for w, _ in freq.most_common()]
    index = {w: i for i, w in enumerate(words)}

    def name_code(n):
        return "".join(enc(index[w]) for w in n.split(" "))

    parts = []
    prev = -1
    for cp in sorted(stored):
        gap = cp - prev - 1
        parts.append(("!" + enc(gap) if gap else "") + name_code(stored[cp]))
        prev = cp
    entries = " ".join(parts)
    alias_entries = " ".join(enc(cp) + name_code(a) for a, cp in sorted(aliases.items(), key=lambda x: x[1]))
    range_list = [[p, r] for p, rs in sorted(ranges.items()) for r in rs]

    # Self-check the encoding before writing.
    i = 0
    for w in (enc(k) for k in (0, 59, 60, 1919, 1920, 60000)):
        assert dec(w, 0)[1] == len(w)

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = os.path.join(root, "src", "util", "unicode-names-data.ts")
    with open(out, "w", encoding="utf-8") as f:
        f.write("// Generated by scripts/gen-unicode-names.py from Python %s's unicodedata (Unicode %s). Do not edit.\n"
                % (sys.version.split()[0], unicodedata.unidata_version))
        f.write("// Decoded by src/util/unicode-names.ts, which documents the format.\n\n")
        f.write("export const UNIDATA_VERSION = %s\n" % jsstr(unicodedata.unidata_version))
        f.write("export const NAME_DIGITS = %s\n" % jsstr(ALPHABET))
        f.write("export const NAME_TERMINALS = %d\n" % TERM)
        f.write("export const NAME_WORDS = %s\n" % jsstr(" ".join(words)))
        f.write("export const NAME_ENTRIES = %s\n" % jsstr(entries))
        f.write("export const NAME_ALIASES = %s\n" % jsstr(alias_entries))
        f.write("export const NAME_RANGES: [string, number, number][] = [\n")
        for p, (a, b) in range_list:
            f.write("  [%s, 0x%x, 0x%x],\n" % (jsstr(p), a, b))
        f.write("]\n")
    print("wrote", out, os.path.getsize(out), "bytes;", len(stored), "names,", len(aliases), "aliases,",
          len(range_list), "ranges,", len(words), "words")


def jsstr(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


main()
