import _cyclic_b
A = "a"
def get_b():
    return _cyclic_b.B
