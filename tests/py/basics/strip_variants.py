# str.strip/lstrip/rstrip with and without chars, astral and lone-surrogate cases, identity of unchanged results.
tests = ["  hi  ", "\t\nx y\u3000", "", "   ", "..a.b..", "xx", "\U0001F600ab\U0001F600", "\ud83dab\ud83d", "é.é", "abc"]
charsets = [None, ".", "ab", "\U0001F600", "\ud83d", "é.", "", " \t"]
for s in tests:
    for c in charsets:
        print(ascii((s.strip(c), s.lstrip(c), s.rstrip(c))))
s = "word"
print(s.strip() is s, s.strip("x") is s, s.lstrip() is s)
print(ascii(" \x1c\x1d\x1e\x1f\x85\xa0a\u2028".strip()))
