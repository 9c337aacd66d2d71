# bytes_ops
b = b'hello world'
print(b.upper(), b.split(), b[1], b[1:4], b.hex(), bytes.fromhex('6869'), b.replace(b'o', b'0'), b.find(b'w'))
ba = bytearray(b'abc'); ba.append(100); ba[0] = 65; ba.extend(b'xy'); print(ba, len(ba), ba.pop(), bytes(ba))
