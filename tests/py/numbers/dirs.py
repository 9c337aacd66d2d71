# The attributes of the number and text types (what dir() shows), and which
# of object's methods each type overrides.
for v in [1, True, 1.5, 1j, "", b"", bytearray()]:
    t = type(v)
    print(t.__name__, sorted(set(dir(v)) - set(dir(object))))
    print("  overrides:", sorted(k for k in vars(t) if k in vars(object)))
