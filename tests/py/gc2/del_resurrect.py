# __del__ may resurrect an object; it is not called twice.
import gc
saved = []
class Lazarus:
    calls = 0
    def __del__(self):
        Lazarus.calls += 1
        saved.append(self)
x = Lazarus()
del x
print(len(saved), Lazarus.calls, gc.is_finalized(saved[0]))
saved.clear()
print("second death:", Lazarus.calls)
