# types.ModuleType: construction, errors, a subclass, a namespace __dir__ (PEP 562), and
# dir() of a module listing its namespace only.
import types, sys
try: types.ModuleType()
except TypeError as e: print(e)
try: types.ModuleType(1)
except TypeError as e: print(e)
m = types.ModuleType('m', 'docs'); print(m, m.__dict__)
m2 = types.ModuleType.__new__(types.ModuleType); print(m2.__dict__)
class M(types.ModuleType):
    def hello(self): return "hi from " + self.__name__
x = M('x'); print(x, x.hello(), type(x).__name__, sys.getsizeof(m))
m.__dir__ = lambda: ["b", "a"]
print(dir(m))
exec("def f(): return 41 + 1", m.__dict__); print(m.f())
del m, x
print("ok")
import keyword
print([n for n in dir(keyword) if n.startswith("__") and n not in ("__cached__",)], "iskeyword" in dir(keyword))
