# atexit: last registered runs first; exceptions are reported and the rest still run.
import atexit
atexit.register(print, "first registered")
@atexit.register
def goodbye():
    print("decorated, registered second")
def broken():
    raise ValueError("in atexit")
atexit.register(broken)
atexit.register(print, "registered last", "with", "args", sep="-")
print("main done")
