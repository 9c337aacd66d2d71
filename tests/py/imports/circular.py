import _cyclic_a
print(_cyclic_a.A, _cyclic_a.get_b())
import sys
print(sorted(m for m in sys.modules if m.startswith("_cyclic")))
