s = "Hello, World"
print(s.lower(), s.upper(), s.split(", "), s.replace("World", "There"))
print(s[0], s[-1], s[2:5], s[::-1], s[::2], len(s))
print("-".join(["a", "b"]), "  pad  ".strip(), "x".center(5, "*"), "abc".find("c"))
print("%s is %d years" % ("Ann", 30), "{} + {} = {}".format(1, 2, 3), "{0}{0}".format("ab"))
print(str(123), repr("it's"), 'a' * 3, "ab" + "cd", "b" in "abc")
print(ord("é"), chr(233), "é".encode(), "ça".isalpha(), "42".isdigit())
