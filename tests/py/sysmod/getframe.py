import sys
def where():
    f = sys._getframe()
    return f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name
def caller():
    return where()
print(caller())
print(sys._getframe().f_code.co_name)
def locals_of_caller():
    return sorted(sys._getframe(1).f_locals)
def has_locals():
    alpha = 1
    beta = 2
    return locals_of_caller(), locals()
print(has_locals())
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)
