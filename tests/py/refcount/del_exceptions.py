# Tracebacks keep frames (and their locals) alive until the exception is gone.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def fail():
    keep = Noisy("in failing frame")
    raise ValueError("boom")
try:
    fail()
except ValueError:
    print("handling: the frame's locals are still alive")
print("after the except block")
def fail2():
    keep = Noisy("kept by saved exception")
    raise KeyError("k")
try:
    fail2()
except KeyError as e:
    saved = e
print("exception saved")
del saved
print("saved exception released")
