import _cyclic_a
B = "b"
