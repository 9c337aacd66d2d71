import sys
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name == "work":
        events.append((event, frame.f_lineno - first))
        return tracer
    return None
def work(n):
    total = 0
    for i in range(n):
        total += i
    return total
first = work.__code__.co_firstlineno
sys.settrace(tracer)
work(2)
sys.settrace(None)
print(events)
print(sys.gettrace())
