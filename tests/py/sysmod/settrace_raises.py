# A trace function that raises: tracing stops (sys.gettrace() is None) and no reference
# to it is left behind.
import sys
class T:
    def __call__(self, frame, event, arg):
        if event == "line":
            raise ValueError("tracer broke")
        return self
t = T()
def f():
    x = 1
    return x
before = sys.getrefcount(t)
sys.settrace(t)
try:
    f()
except ValueError as e:
    print("caught", e)
print(sys.gettrace(), sys.getrefcount(t) - before)
f()
print("ok")
