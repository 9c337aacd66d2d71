# description: a constant's sys.getrefcount in the main script is 1 lower than python3's.
# cause: python3 keeps the parsed syntax tree of the main script, which also references each
#   constant (str, float, tuple and big int literals; some folded ones twice), until the
#   script ends (run_mod frees its arena afterwards); heapscope drops its tree after
#   compiling, as CPython does for imported modules, whose counts match.
# workaround: compare counts of objects built at run time (lists, instances), or of constants
#   in an imported module.
# issue: 4 (refcounts)
import sys
s = "hello world"
f = 3.14159
print(sys.getrefcount(s), sys.getrefcount(f), sys.getrefcount((1, 2, 3)), sys.getrefcount(10 ** 30))
print(sys.getrefcount([1, 2]), sys.getrefcount(object()))
