# f-strings: conversions, format specs, nested fields, the = specifier.
name = "Ada"
n = 3.14159
w = 10
print(f"{name}!", f"{name!r}", f"{name:>8}|", f"{n:.2f}", f"{n:{w}.3f}|")
print(f"{42:08b} {255:x} {255:#X} {1234567:,} {0.25:%}")
print(f"{'nested ' + name.upper()}", f"{[1, 2][1]}", f"{ {'a': 1}['a'] }")
print(f"{name=}", f"{n = :.1f}")
print(f"{{literal braces}}", f"{3 + 4}")
class P:
    def __format__(self, spec):
        return f"<P:{spec}>"
print(f"{P():custom}", format(P(), "x"), "{:>5}".format("ab"))
