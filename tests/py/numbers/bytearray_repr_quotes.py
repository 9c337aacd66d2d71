# bytearray's repr escapes every single quote; int() and float() errors quote a bytearray as python3 does.
for b in [b"it's", b'a"b', b'a"b\'c', b'x\\y', b"", b"'", b'"']:
    print(repr(bytearray(b)), repr(b))
    for f in (float, int):
        try:
            f(bytearray(b))
        except ValueError as e:
            print(e)
