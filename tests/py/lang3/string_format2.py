# str.format and f-string features.
name, n = "heap", 3
print("{} has {:03d} pools".format(name, n), "{0}{1}{0}".format("a", "b"), "{x[0]}{y.real}".format(x=[7], y=2))
print(f"{name!r:>8}|{n:<4}|{n*2=}|{3.14159:.3}|{1e6:,.0f}|{'%':^5}")
print("{:*^11}".format("mid"), "{:+d} {:+d}".format(5, -5), "{:e}".format(12345.678), "{:.2%}".format(0.1234))
try: "{} {}".format(1)
except IndexError as e: print(type(e).__name__, e)
try: "{0} {}".format(1, 2)
except ValueError as e: print(e)
print("%s and %r" % ("a", "b"), "%(k)s=%(v)d" % {"k": "x", "v": 3}, "%5.2f%%" % 12.345)
