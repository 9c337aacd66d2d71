# The dunders of __main__ and of an imported module, in CPython's order; sys.implementation's
# cache tag, which names the __pycache__ files __cached__ points at.
import sys
print([k for k in globals() if k.startswith('__')])
print(__annotations__, __cached__, __spec__, __package__, __doc__)
print(sys.implementation.name, sys.implementation.cache_tag)
import json
print(json.__cached__.endswith('/__pycache__/__init__.cpython-311.pyc') or json.__cached__.endswith('__pycache__/json.cpython-311.pyc'))
