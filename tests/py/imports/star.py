from _helper import *
print(VALUE, greet("star"))
print("_private" in dir())
