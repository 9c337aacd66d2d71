# yield from / await share one send loop: a value yielded by the subgenerator
# after a throw() is handed out (not sent back in); gi_yieldfrom and gi_code.
def inner():
    while True:
        try:
            x = yield 1
            print("inner got", x)
        except ValueError:
            yield "caught"
def outer():
    r = yield from inner()
g = outer()
print(next(g))
print(g.throw(ValueError))
print(g.send("after"))
print(g.gi_yieldfrom.__name__, g.gi_code.co_name, g.gi_suspended)
g.close()
print(g.gi_yieldfrom, g.gi_suspended)
