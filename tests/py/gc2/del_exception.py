# An exception in __del__ is reported and ignored.
class Bad:
    def __del__(self):
        raise RuntimeError("from __del__")
b = Bad()
del b
print("program continues")
