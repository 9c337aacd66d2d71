# str methods on mixed inputs.
s = "  Hello, World! héllo  "
print(s.strip().split(", "), s.lower().count("l"), s.title(), s.swapcase().strip(), s.center(30, "*"))
print("a,b,,c".split(","), "a b  c".split(), "x".join("abc"), "abc".partition("b"), "abc".rpartition("z"))
print("%05.1f|%-5s|%x|%r" % (3.14159, "ab", 255, "q"), "{:>8}|{:^8}|{:<8}|".format("a", "b", "c"))
print(f"{12345.678:,.2f} {0.25:.0%} {42:#b} {255:#06x} {'x'!r:>5}")
print("straße".upper(), "ǅ".lower(), "ﬁ".casefold(), "abc".encode("utf-16")[:4], "é".encode(), b"\xc3\xa9".decode())
print("tab\there".expandtabs(4), "line1\nline2\r\nline3".splitlines(), "  x ".isspace(), "٣".isdigit(), "Ⅻ".isnumeric())
