def f():
    try:
        {}["k"]
    finally:
        print("cleanup")
f()
