# dunder_bool_len
class Empty:
    def __len__(self): return 0
class Truthy:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(Empty()), bool(Truthy()), not Empty(), 'yes' if Empty() else 'no', [] or 'default', 0 and 1)
