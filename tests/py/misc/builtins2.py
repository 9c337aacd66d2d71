# exec, eval, compile, globals/locals, vars, dir, __import__.
g = {}
exec("a = 1 + 2\ndef f(x):\n    return x * a", g)
print(g["a"], g["f"](5))
print(eval("a * 10", g), eval("[i for i in range(3)]"))
code = compile("print('compiled!')", "<test>", "exec")
exec(code)
print(type(code).__name__, code.co_filename)
x = 10
print(eval("x + 1"))
exec("y = x * 2")
print(y)
class NS:
    def __init__(self):
        self.a = 1
        self.b = 2
print(vars(NS()), sorted(k for k in dir(NS()) if not k.startswith("__")))
m = __import__("sys")
print(m.__name__)
def fn():
    local_var = 1
    return eval("local_var + 1")
print(fn())
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
