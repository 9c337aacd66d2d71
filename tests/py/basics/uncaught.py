# An uncaught exception: traceback on stderr, exit status 1.
def inner(d):
    return d["a"]["b"]
def outer():
    data = {"a": {}}
    return inner(data)
print("before")
outer()
