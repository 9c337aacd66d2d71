# Custom exception hierarchies and their str/repr.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key}")
        self.key = key
try:
    raise NotFound("user")
except AppError as e:
    print(type(e).__name__, e, repr(e), e.key, isinstance(e, Exception))
e = ValueError(); print(repr(e), str(e), ValueError(1, 2))
print(KeyError("k"), KeyError("k", "v"), repr(StopIteration()), issubclass(NotFound, AppError))
try:
    raise AppError
except Exception as err:
    print(repr(err), err.args)
