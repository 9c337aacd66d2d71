# The string module's constants in a tiny cipher.
import string
shift = 3
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[shift:] + string.ascii_lowercase[:shift])
msg = "attack at dawn"
enc = msg.translate(table)
print(enc, enc.translate(str.maketrans(string.ascii_lowercase[shift:] + string.ascii_lowercase[:shift], string.ascii_lowercase)))
print(string.capwords("the end of it"), all(c in string.printable for c in msg), string.digits[::-1])
