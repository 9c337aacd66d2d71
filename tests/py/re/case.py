# IGNORECASE: Python's equivalences (i/ı/İ, s/ſ, k/K, sigma, ...), global and scoped, str and bytes.
import re

chars = "aAbBiIİısSſkKKσςΣßẞµμΜθϑϴΘωΩΩåÅÅǆǅǄéÉ😀"
for c in "iIİısſkKσςßµθΩåǅé":
    print(c, "".join(re.findall("(?i)" + c, chars)), "".join(re.findall("(?i:" + c + ")", chars)),
          "".join(re.findall("(?i)[" + c + "]", chars)), "".join(re.findall("(?ia)" + c, chars)),
          "".join(re.findall("(?i:[" + c + "x])", chars)))
print(re.findall("(?i)[a-c]+", "AbCdK"), re.findall("(?i)[^a-z]", "aZ9ſK"), re.findall("(?ia)[^a-z]", "aZ9ſK"))
print(re.findall("(?i)[h-l]", "HIJKLİıK"), re.findall("(?i:[h-l])", "HIJKLİıK"), re.findall("(?ai)[h-l]", "HIJKLİıK"))
print(re.findall("a(?i:b)c", "abc aBc ABC abC"), re.findall("(?i)a(?-i:b)c", "abc ABC AbC aBc"))
print(re.findall("(?i)(?:x(?-i:Y)z)+", "xYzXYZxyZXYz"), re.match("(?i)(ab)\\1", "abAB"))
print(re.findall(rb"(?i)[a-z]+", b"AbC\xc9\xe9"), re.findall(b"(?i)k", b"kK"), re.findall(b"(?i)\xe9", b"\xc9\xe9"))
print(re.findall("(?i)\\w+", "ſK straße"), re.findall("(?i)STRASSE", "straße"), re.findall("(?i)ǅ+", "ǄǅǆDž"))
print(re.findall("(?i)[\u0130]", "iIİı"), re.findall("(?i)[ϴ-ϴ]", "θϑϴΘ"), re.sub("(?i)k", "_", "kKK"))
print(re.compile("(?i)a").flags, re.compile("a", re.I).flags, re.compile("(?i:a)").flags, re.compile("(?ai)a"))
print(re.match(rb"(?i)(a)\1", b"aA"), re.findall(rb"(?i)\W", b"kKsS\xe9-"), re.findall(rb"(?i)[^\W\d]+", b"_kS\xc9\xe91"))
