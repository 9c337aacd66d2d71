# The warnings re.compile and re.sub issue (each once per location).
import re
import warnings

warnings.simplefilter("always")
for p in ["[[a]", "[a--b]", "[-a--b]", "[a&&b]", "[a~~b]", "[a||b]", "[a-\\-]", "[!--]", "(a)(?(1)x)",
          "(a)(?(١)x)", "[[:alpha:]]"]:
    try:
        re.compile(p)
    except re.error as e:
        print("error:", e)
for p in [b"(?P<\xe9>x)", b"(?P<\xe9>x)(?P=\xe9)"]:
    re.compile(p)
print(re.sub("(a)", r"\g<١>", "a"), re.sub("(a)", r"\g<+1>", "a"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    re.compile("[[x]]")
    print([(x.category.__name__, str(x.message)) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        re.compile("[a--z]")
    except FutureWarning as e:
        print("FutureWarning raised:", e)
