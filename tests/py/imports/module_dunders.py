# An imported module's dunders, in CPython's order, and its __cached__ file name.
import _helper
print([k for k in vars(_helper) if k.startswith('__')])
print(_helper.__cached__.split('/')[-2:])
