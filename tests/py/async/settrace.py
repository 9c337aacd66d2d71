# sys.settrace and coroutines: each resume is a 'call' event and each
# suspension or return a 'return' event with the value, as CPython reports them.
import sys
class W:
    def __await__(self):
        yield 1
async def f():
    x = 1
    await W()
    return x
def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer
sys.settrace(tracer)
c = f()
c.send(None)
try:
    c.send(None)
except StopIteration as e:
    pass
sys.settrace(None)
print("done")
