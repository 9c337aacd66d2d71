# description: len() of a range (or a __len__ result) above 2**53 is rounded to a double.
# cause: the length slot of heapscope's types returns a JS number, exact only up to 2**53;
#   CPython's Py_ssize_t is exact up to 2**63 - 1. No real container gets that long.
# workaround: r.stop - r.start, or arithmetic on the range's fields, stays exact.
# issue: 4 (range)
r = range(-10 ** 18, 10 ** 18, 7)
print(len(r))
class Big:
    def __len__(self):
        return 2 ** 60 + 1
print(len(Big()))
