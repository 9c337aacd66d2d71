# A grab bag of builtins.
print(sorted(["b", "A", "c"], key=str.lower), min([3, 1, 2], key=lambda x: -x), max("abc"), sum([[1], [2]], []))
print(list(zip("ab", [1, 2], strict=True)), list(enumerate("xy", start=1)), list(reversed(range(3))))
print(any([]), all([]), list(filter(None, [0, 1, "", "a"])), list(map(pow, [2, 3], [3, 2])))
print(abs(-3), divmod(7, 3), hex(255), oct(8), bin(5), chr(65), ord("é"), ascii("é"), repr("it's"))
print(isinstance(True, int), issubclass(bool, int), callable(len), hasattr([], "append"), getattr(1, "real"))
print(round(2.675, 2), pow(2, 10), format(3.14159, ".2f"), len(range(0, 10, 3)), range(10)[2:5])
print(type(type), type(1).__mro__, vars(type("T", (), {"a": 1}))["a"], id(None) == id(None))
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(e)
