class MyOSError(OSError):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = 1
e = MyOSError(2, "No such file", "f.txt")
print(e, e.errno, e.strerror, e.filename, e.args, e.extra, type(e).__name__)
class Plain(OSError): pass
p = Plain(13, "denied", "g")
print(p, p.errno, p.args, type(p).__name__)
print(OSError("just msg"), OSError("just msg").errno, OSError(2, "x").args)
