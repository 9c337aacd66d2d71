# int and float formatting and arithmetic corners.
print(7 // -2, -7 % 3, divmod(-7, 2), pow(3, -1, 7), 2 ** -2, (-8) ** (1/3) == (-8) ** (1/3))
print(round(2.5), round(3.5), round(-0.5), round(1.2345, 2), round(1234, -2), round(0.1 + 0.2, 15))
print(1e16, 1e-5, 0.0001, 123456789.0 * 10, float("-0.0"), 1/3, 2/3, 10/4)
print(int("0x1f", 16), int("0b101", 0), int("  42  "), int("1_000"), float("1e-3"), float(" inf "))
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (10).bit_length(), (-10).bit_count())
print(3 + 4j, abs(3 + 4j), (1 + 2j) * (3 - 1j), complex("1-2j"), 1j ** 2)
print(format(1234567.891, "e"), format(0.000012345, "g"), format(1e100, ".3g"), format(-0.0, "+.1f"))
