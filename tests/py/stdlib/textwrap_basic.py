# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper's options, on fixed and random texts.
import random
import textwrap
from textwrap import TextWrapper

text = ("The quick brown fox jumps over the lazy dog. Hyphenated-words and long-winded "
        "compound-terms--with em-dashes--appear here; supercalifragilisticexpialidocious too! "
        "Numbers like 3.14159 and e-mail addresses (a-b@c-d.org) stay. End.")
for width in (1, 5, 10, 17, 30, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap("  leading and trailing  ", 10))
print(textwrap.wrap("  leading and trailing  ", 10, drop_whitespace=False))
print(textwrap.wrap("tab\there\tand\nnewline\rcr", 12))
print(textwrap.wrap("tab\there", 40, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("tab\there", 40, tabsize=4))
print(textwrap.wrap("Hello there.  How are you? Fine! \"Quoted.\" Mr. Smith", 80,
                    fix_sentence_endings=True))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("", 10) == "")
print(textwrap.wrap("a-b-c-d-e-f-g-h", 4), textwrap.wrap("---- -- --x x--y", 3))
print(textwrap.wrap("well-known self-evident re-enter X-ray e-mail 2-3 a--b over--under", 8))
print(textwrap.wrap("ünïcödé-wörds ünd mörë-wörds", 9))

# max_lines and placeholder.
for n in (1, 2, 3, 10):
    print(n, textwrap.wrap(text, 30, max_lines=n))
print(textwrap.wrap(text, 30, max_lines=2, placeholder="..."))
print(textwrap.fill("one two three four five six", 12, max_lines=2, placeholder=" [more]"))
for w in (8, 10, 15, 20, 200):
    print(w, repr(textwrap.shorten(text, w)))
print(repr(textwrap.shorten("Hello  world!", width=12)), repr(textwrap.shorten("Hello  world!", width=11)))
print(repr(textwrap.shorten("Hello world", width=10, placeholder="...")))
for bad in (lambda: textwrap.wrap("x", 0), lambda: textwrap.shorten("hello world", 3),
            lambda: textwrap.wrap("abc", -1), lambda: textwrap.wrap("a b", 4, max_lines=1,
                                                                        placeholder=" [.....]")):
    try:
        print(bad())
    except ValueError as e:
        print("ValueError", e)

# dedent and indent.
print(repr(textwrap.dedent("""\
    def f():
        return 1

      # comment
    """)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("\ta\n\tb")), repr(textwrap.dedent("  \n  x\n   \n")))
print(repr(textwrap.dedent("    x\n  y\n      z")), repr(textwrap.dedent("")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.dedent(" \t a\n \t b")), repr(textwrap.dedent("  a\r\n  b\r\n")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")))
print(repr(textwrap.indent("a\r\nb\rc\n", "+")), repr(textwrap.indent("x\ny", "# ", lambda line: True)))
print(repr(textwrap.indent("one\ntwo\n", "-", predicate=lambda l: l.startswith("t"))))

w = TextWrapper(width=20, initial_indent=">>", subsequent_indent="..")
print(w.wrap(text)[:4], w.width, w.max_lines, repr(w.placeholder))
w.width = 50
print(w.fill("Changing attributes after construction works as well, of course."))

# Random texts: words of letters, digits, hyphens and punctuation, random widths.
random.seed(1234)
alphabet = "abcdefghij-XYZ0123.,!?'\"  \t\n"
for trial in range(60):
    words = []
    for _ in range(random.randrange(1, 25)):
        words.append("".join(random.choice(alphabet) for _ in range(random.randrange(1, 12))))
    s = " ".join(words)
    width = random.randrange(1, 30)
    opts = {}
    if random.random() < 0.3:
        opts["break_long_words"] = False
    if random.random() < 0.3:
        opts["break_on_hyphens"] = False
    if random.random() < 0.2:
        opts["max_lines"] = random.randrange(1, 4)
        opts["placeholder"] = "~"
    if random.random() < 0.2:
        opts["drop_whitespace"] = False
    if random.random() < 0.2:
        opts["fix_sentence_endings"] = True
    print(trial, width, sorted(opts), textwrap.wrap(s, width, **opts))
