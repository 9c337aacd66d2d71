# description: sys.getsizeof of a frame object is smaller than in CPython 3.11 by 8 bytes per slot of the code's value stack.
# cause: CPython 3.11 embeds the interpreter frame in the frame object: 136 bytes plus 8 per
#   local, cell and free variable (co_nlocalsplus) and 8 per value-stack slot
#   (co_stacksize, from the bytecode). heapscope compiles to JavaScript and has no value
#   stack, so it counts the locals only. The traceback object (56) and the frame type's
#   __basicsize__ (120) and __itemsize__ (8) are CPython's.
# workaround: none; compare frame sizes between two heapscope runs, not with python3.
# issue: 4 (runtime)
import sys


def f(a, b):
    c = a + b
    return sys._getframe()


def g():
    return sys._getframe()


print(sys.getsizeof(f(1, 2)), sys.getsizeof(g()))
