# Arithmetic and conversions with CPython's rounding and messages.
print(7 // -2, -7 % 3, divmod(-7, 2), 2 ** -2, pow(3, -1, 7), 10 ** 20 // 3, -(2 ** 70) >> 3)
print(1 / 3, 2 ** 0.5, 10 ** 400 / 10 ** 399, 1e300 * 1e10, -0.0, 0.1 + 0.2)
print(round(2.5), round(3.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(-0.5))
print(int(" 0x_1f ", 0), int("1_000"), int(-2.9), int(b"42"), float("  1_0.5e1 "), float("-inf"))
print(complex("1+2j"), complex(1, 2) * 1j, abs(3 + 4j), (1 + 2j).conjugate(), (-8) ** (1 / 3))
print((255).to_bytes(2, "big"), int.from_bytes(b"\xff\xfe", "little", signed=True), (1024).bit_length())
print((0.1).hex(), float.fromhex("0x1.8p1"), (0.75).as_integer_ratio(), (3.0).is_integer())
for expr in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.0 // 0", "1.0 % 0", "0.0 ** -1", "int('x')",
             "float('x')", "1 << -1", "pow(2, -1, 4)", "10 ** 400 / 3", "float(10 ** 400)",
             "int(float('nan'))", "str(10 ** 5000)", "complex('1+')", "'a' + 1", "'abc'[5]",
             "b'a' + 'a'", "int('9' * 5000)"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
