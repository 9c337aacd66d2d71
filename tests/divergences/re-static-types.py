# description: re.Pattern and re.Match are static types in heapscope, heap types in CPython 3.11.
# cause: CPython 3.11 creates them per module state (PyType_FromModuleAndSpec), so they carry
#   Py_TPFLAGS_HEAPTYPE and their instances hold a reference to the type (gc.get_referents
#   lists it first); a Pattern also holds an `indexgroup` tuple heapscope does not make.
#   heapscope's are static types like _random.Random, created once per runtime.
# workaround: none needed unless you study the references of these objects.
# issue: stdlib (re)
import gc
import re

m = re.match("a", "abc")
print(gc.get_referents(m))
print(gc.get_referents(re.compile("(?P<x>a)")))
print(bool(re.Match.__flags__ & (1 << 9)), bool(re.Pattern.__flags__ & (1 << 9)))
