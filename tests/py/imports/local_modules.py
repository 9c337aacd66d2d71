# Importing modules and packages from the script's directory.
import sys
import _helper
print(_helper.VALUE, _helper.greet("there"), _helper.__name__)
import _helper as h2
print(h2 is _helper, "_helper" in sys.modules)
from _helper import greet, VALUE as V
print(greet("you"), V)
import pkg
print(pkg.thing)
import pkg.sub
print(pkg.sub.where())
from pkg.mod import where
print(where())
from pkg import mod
print(mod.thing, type(mod).__name__)
print(__name__)
try:
    import does_not_exist
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _helper import nope
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
