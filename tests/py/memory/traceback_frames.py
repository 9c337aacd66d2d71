# An exception's traceback keeps the frames, and their locals, alive.
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def fail():
    local = Noisy("local of fail")
    raise ValueError("boom")

try:
    fail()
except ValueError as e:
    print("in handler, traceback alive:", e.__traceback__ is not None)
print("after the handler (the exception variable is deleted)")

def keep():
    try:
        fail()
    except ValueError as e:
        return e

err = keep()
print("kept exception:", err)
del err
print("end")
