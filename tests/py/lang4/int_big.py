# int_big
n = 2**200 + 1
print(n, n % 97, n // 3**50, len(str(n)), n.bit_length(), -n >> 190, (n * n) % (10**9 + 7), hex(n)[:12])
