# description: sys.getsizeof(io.StringIO()) is 136 and sys.getsizeof(io.BytesIO()) 80 in CPython 3.11, 56 in heapscope.
# cause: heapscope's io.StringIO and io.BytesIO are Python classes (src/modules/lib/io.py):
#   an instance is an object with a __dict__ holding the text (or a bytearray), not CPython's C struct.
# workaround: none needed unless you study the memory layout of in-memory streams.
# issue: stdlib (io)
import io
import sys

print(sys.getsizeof(io.StringIO()), sys.getsizeof(io.BytesIO()))
print(type(io.StringIO()).__mro__[1:])
