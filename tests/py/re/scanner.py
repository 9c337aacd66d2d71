# re.Scanner (a lexer over an alternation of phrases) and Pattern.scanner.
import re

scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", lambda s, tok: ("ident", tok)),
    (r"\d+(\.\d*)?", lambda s, tok: ("number", tok)),
    (r"[-+*/=()]", lambda s, tok: ("op", tok)),
    (r"\s+", None),
])
print(scanner.scan("x = 3.5 * (y1 + 42) ; rest"))
print(scanner.scan(""), scanner.scan("   "), scanner.match.group() if hasattr(scanner, "match") else None)
words = re.Scanner([(r"\w+", lambda s, t: t.upper()), (r"\W+", lambda s, t: "|")], re.I)
print(words.scan("hello, world!"))
sc = re.compile(r"\s*(\w+)").scanner("  ab cd  ef")
print([m.group(1) for m in iter(sc.match, None)])
sc = re.compile(r"\d").scanner("a1b2", 1)
print(sc.search(), sc.search(), sc.search())
