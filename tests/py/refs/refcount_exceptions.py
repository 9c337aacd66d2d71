import sys
def main():
    try:
        raise ValueError("x")
    except ValueError as e:
        print("in handler", sys.getrefcount(e))
        saved = e
    print("saved", sys.getrefcount(saved))
    err = KeyError("k")
    print("fresh", sys.getrefcount(err))
    try:
        raise err
    except KeyError:
        print("raised", sys.getrefcount(err))
    print("after", sys.getrefcount(err))
main()
