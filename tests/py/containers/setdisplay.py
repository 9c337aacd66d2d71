# Set displays of constants: 3.11 updates an empty set from a frozenset
# constant (built from the tuple, then rebuilt from its own iteration order by
# the compiler's constant merging), so their order can differ from adding the
# same items one by one.
print({2305843009213693952, 1, 9, 17, 2305843009213693953, 3, 25, 33})
print({8, 16, 0, 24, 32, 40, 1, 9})
print(set([8, 16, 0, 24, 32, 40, 1, 9]))
print({"the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "again"})
x = 5
print({8, 16, 0, 24, x, 40, 1, 9})
