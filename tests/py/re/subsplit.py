# sub, subn, split and findall around empty matches, counts, callables and templates.
import re

for pat, s in [("x*", "abc"), ("x*", ""), ("a*", "baaac"), ("|a", "a"), ("a|", "a"), ("a*?", "aa"),
               (r"\b", "ab cd"), (r"\B", "ab cd"), ("(?=a)", "banana"), ("(?<=a)", "banana"),
               ("a??", "aa"), ("(a|)+?", "aa"), ("$", "a\n"), ("(?m)^", "a\nb\n"), ("", "😀x😀")]:
    print(repr(pat), repr(s), re.sub(pat, "-", s), re.subn(pat, "<\\g<0>>", s),
          re.split(pat, s), re.findall(pat, s), [m.span() for m in re.finditer(pat, s)])

print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home, ann@work"))
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>=\g<k>;\g<0>", "a=1 b=2"))
print(re.sub("(a)(b)?", r"[\1\2]", "ab a"), re.sub("a", r"\n\t\\", "a"), re.sub("a", "\\0\\07", "a"))
print(re.sub("x", lambda m: m.group().upper() * 2, "axbx"), re.sub("x", lambda m: None, "axbx"))
print(re.sub("(\\d+)", lambda m: str(int(m[1]) * 2), "a1b22c333"), re.sub("a", "", "banana"))
print(re.subn("a", lambda m: "A", "banana", 2), re.sub("a", "b", "xyz"), re.sub("", "-", ""))
print(re.sub("(?i)B", "x", "aBcb"), re.sub("a", "\\g<0>\\g<0>", "aa"), re.sub("(a)|(b)", r"\1\2|", "ab"))
calls = []
def f(m):
    calls.append((m.span(), m.pos, m.endpos, m.string))
    return "*"
print(re.sub(r"\d", f, "a1b2"), calls)
print(re.split(r"(\d)(x)?", "a1b2xc"), re.split("[,;]", "a,b;c", maxsplit=1), re.split(r"\W+", "...a..b..."))
print(re.split("(?:)", "abc"), re.split("(?=b)", "abab"), re.split(r"(?<=,)", "a,b,"), re.split("(x*)", "axb"))
print(re.findall(r"(a)(b)?", "ab a"), re.findall(r"a|(b)", "ab"), re.findall("(?:a)+", "aab"))
print(re.sub("a*", "-", "baac"), re.sub("(a*)", r"<\1>", "baac"), re.subn(r"\s*", "_", " a  b "))
s = "keep me"
print(re.sub("zzz", "y", s) is s, re.subn("zzz", "y", s)[0] is s)
try:
    re.sub("a", lambda m: 5, "xa")
except TypeError as e:
    print("TypeError", e)
try:
    re.sub("a", "x", 5)
except TypeError as e:
    print("TypeError", e)
try:
    re.sub("a", 5, "a")
except TypeError as e:
    print("TypeError", e)
