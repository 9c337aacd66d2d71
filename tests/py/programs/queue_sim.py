def producer(n):
    for i in range(n):
        print("produce", i)
        yield i
def consumer(source):
    total = 0
    for item in source:
        total += item
        print("consume", item, "total", total)
    return total
print(consumer(producer(3)))
def coroutine():
    print("started")
    try:
        while True:
            x = yield
            print("received", x)
    finally:
        print("coroutine closed")
c = coroutine()
next(c)
c.send("a")
c.send("b")
c.close()
