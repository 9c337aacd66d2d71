# description: io.BytesIO.getbuffer() returns a memoryview in CPython; heapscope raises io.UnsupportedOperation.
# cause: heapscope has no memoryview type yet.
# workaround: use getvalue() (a bytes copy) instead.
# issue: stdlib (io)
import io

b = io.BytesIO(b"abc")
try:
    print(type(b.getbuffer()).__name__)
except Exception as e:
    print(type(e).__name__, e)
