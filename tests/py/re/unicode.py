# Code-point indices with astral characters, Unicode categories and case.
import re

s = "a😀b😀😀c\U0001F600"
for m in re.finditer("😀+|[a-c]", s):
    print(m, m.span(), m.start(), m.end(), m.group())
print(re.search("c", s).span(), re.search(".$", s).span(), len(s), re.findall(".", s))
print(re.search("b", s, ).start(), re.compile("😀").search(s, 2), re.compile("😀").search(s, 3, 5))
print(re.compile("[^a]").findall(s), re.sub("😀", "<>", s), re.split("😀", s), re.subn(".", "x", s))
print(re.match("(.)(.)(.)", "😀é𝔘").groups(), re.fullmatch(".{3}", "😀é𝔘"), re.search(r"\w+", "𝔘𝔫𝔦x"))
print(re.findall(r"\d", "1٢३𝟘"), re.findall(r"\w", "a_é中𝔘²½Ⅻ-!"), re.findall(r"\s", " \u2028\u3000\ufeff"))
print(re.findall("(?i)straße", "STRASSE Straße STRAẞE"), re.findall("(?i)[σς]", "ΣσςX"), re.findall("(?i)ω", "Ωω\u2126"))
print(re.findall("(?i)ǆ", "ǄǅǆDž"), re.findall("(?i)i", "İıIi"), re.findall("(?i:É)", "éÉ"))
print(re.findall("[😀-😂]+", "😀😁😂😃"), re.findall("[^😀]", "a😀b"), re.escape("😀"), re.sub("(?<=😀)", "|", "😀😀"))
print(re.search(r"\bé", "a é"), re.search(r"(?a)\w+", "éab"), re.search(r"(?u)\w+", "éab"))
print(re.search("\\u00e9\\U0001F600", "é😀"), re.search(r"\N{GRINNING FACE}", "x😀"))
m = re.search("(?P<émoji>😀)(?P<中>.)", "x😀y")
print(m.groupdict(), m.span("中"), m.lastgroup)
print(re.split(r"\b", "héllo wörld"), [m.span() for m in re.finditer(r"\w+", "😀ab 😀cd")])
print(re.findall(r"\B", "a😀😀b😀"), re.split(r"\B", "😀😀x😀"), re.sub(r"(?<!x)", "|", "😀x😀"))
