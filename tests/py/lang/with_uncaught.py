class Resource:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, *exc):
        print("release", exc[0].__name__)
with Resource():
    raise RuntimeError("inside with")
