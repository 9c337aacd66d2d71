print("loading _helper, __name__ =", __name__)
VALUE = 42
def greet(who):
    return f"hi {who}"
_private = "hidden"
