# description: sys.getsizeof of a generator is 176 in heapscope for every generator.
# cause: in 3.11 a generator embeds its frame, whose size depends on the code's number of
#   locals and its bytecode stack depth (co_stacksize); heapscope compiles to JavaScript and
#   has no bytecode stack depth, so it uses the size of the smallest generator.
# workaround: none; compare sizes of lists and generators, not of two generators.
# issue: 4 (generators)
import sys

def squares(n):
    for i in range(n):
        yield i * i

print(sys.getsizeof(squares(10)))
