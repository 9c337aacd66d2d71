# return/break/continue through finally.
def f():
    try:
        return "try"
    finally:
        print("finally 1")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "done"
print(g())
def h():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(h())
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    else:
        print("no")
nested()
