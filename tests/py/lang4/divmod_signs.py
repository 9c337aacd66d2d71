# divmod_signs
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2)]: print(a, b, a // b, a % b, divmod(a, b))
