# The translation of Python pattern syntax: each case prints what re.search
# finds (span and groups) for a pattern and a subject.
import re

CASES = [
    # anchors and $
    ("^abc$", "abc"), ("abc$", "abc\n"), ("abc$", "abc\n\n"), ("abc\\Z", "abc\n"),
    ("\\Aabc", "xabc"), ("(?m)^b", "a\nb"), ("(?m)a$", "a\nb"), ("(?m)^$", "a\n\nb"),
    ("$", "a\n"), ("(?m)$", "a\r\nb"), ("^", ""), ("(?m)^.", "x\ry\nz"),
    # dot
    (".", "\n"), ("(?s).", "\n"), (".+", "a\rb\u2028c\nd"), ("(?s).+", "a\nb"),
    # categories
    ("\\d+", "x٣٤5"), ("(?a)\\d+", "٣٤5"), ("\\w+", "éa_1²"), ("(?a)\\w+", "éa_1"),
    ("\\s+", "a\x1c\x1f\x85\xa0\u3000b"), ("(?a)\\s+", "a\x1c \tb"), ("\\S+", " ab\u2003"),
    ("\\W+", "ab, cd"), ("[\\W\\d]+", "ab, 12cd"), ("[^\\W\\d]+", "12 ab3"),
    ("[^\\s]+", "  xy "), ("[\\D]+", "12ab3"), ("(?a)[\\W]+", "aé, b"),
    # word boundaries
    ("\\bfoo\\b", "a foo b"), ("\\bfoo\\b", "afoo"), ("\\b", ""), ("\\B", ""), ("\\B", "ab"),
    ("\\bé", " é"), ("(?a)\\bé", " é"), ("x\\B", "xé"), ("(?a)x\\B", "xé"),
    # escapes
    ("\\x41\\u0042\\U00000043", "ABC"), ("\\101\\0", "A\x00"), ("\\n\\t", "\n\t"),
    ("\\N{EM DASH}", "a\u2014"), ("[\\N{LATIN SMALL LETTER A}-c]+", "xabcd"),
    ("\\.\\*\\+\\?", ".*+?"), ("[\\]]", "]"), ("[]a]+", "a]b"), ("[a-]+", "-a-"),
    ("[\\-a]+", "-a"), ("\\#", "#"), ("\\ ", " "), ("[.]", "a."), ("a{", "a{"),
    ("a{,2}", "aaa"), ("a{2,}", "aaaa"), ("a{1,2}?", "aa"), ("x{}", "x{}"), ("a{3", "a{3"),
    ("{", "{"), ("a{1,x}", "a{1,x}"),
    # groups
    ("(a)(b)?(c)", "ac"), ("(?P<first>\\w+) (?P=first)", "hey hey"), ("(a)\\1", "aa"),
    ("(?:ab)+", "ababx"), ("(a|b)*c", "abac"), ("(?#comment)a", "a"),
    ("(?P<n>x)(?P<m>y)?", "x"), ("(a)(?=b)", "ab"), ("(?<=a)b", "ab"), ("(?<!a)b", "ab cb"),
    ("(?!a)\\w", "ab"), ("(?<=\\d{2})x", "1x 12x"), ("(?<=ab|cd)x", "cdx"),
    # lazy, possessive, atomic
    ("a+?", "aaa"), ("a*?b", "aab"), ("<.*?>", "<a><b>"), ("a*+a", "aaa"), ("a++b", "aab"),
    ("(?>a+)b", "aab"), ("(?>a|ab)c", "abc"), ("(?:a|ab)c", "abc"), ("x?+x", "x"),
    ("a{2}+", "aaa"), ("(a+)+?b", "aab"),
    # case
    ("(?i)abc", "xABC"), ("(?i)[a-c]+", "ABCD"), ("(?i)é", "É"), ("(?i)k", "\u212a"),
    ("(?i)ß", "ẞ"), ("(?i:a)b", "Ab AB"), ("a(?i:b)c", "aBc abC"), ("(?i)a(?-i:b)", "Ab AB"),
    ("(?i)[^a]", "A"), ("(?ia)é", "É"), ("(?i)\\w+", "ſK"), ("(?i:[k-l])", "\u212a"),
    ("(?i)(a)\\1", "aA"), ("(?i)[é-ë]+", "ÉÊË"),
    # verbose
    ("(?x) a b # comment\n c", "abc"), ("(?x)[ a]+", "a a"), ("(?x)a\\ b", "a b"),
    ("(?x: a b ) c", "ab c"), ("(?x)a{2} b", "aab"), ("(?x)(?# c ) a", "a"),
    # alternation
    ("a|b|", "c"), ("|a", "a"), ("ab|a", "ab"), ("a|ab", "ab"), ("(a|b)(c|d)", "bd"),
    ("x(a|)y", "xy"), ("[ab]|c", "c"),
    # unicode literals
    ("😀+", "a😀😀b"), ("\\B", "a😀😀b"), ("(?a)(?:(^|([a-c\\d])))?", "1ab"), ("(a|)?b", "b"),
    ("(a|)??b", "ab"), ("(?:x|)?y", "xy"), ("[😀-😂]", "x😁"), ("a.b", "a😀b"), ("(?i)ǅ", "ǆ"),
]

for pat, s in CASES:
    try:
        m = re.search(pat, s)
    except re.error as e:
        print(repr(pat), "error:", e)
        continue
    if m is None:
        print(repr(pat), repr(s), None)
    else:
        print(repr(pat), repr(s), m.span(), m.groups(), m.lastindex)
