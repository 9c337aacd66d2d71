"""Binary search in sorted sequences (heapscope's bisect module, in Python).

bisect_left(a, x) is the first index i where x could be inserted keeping
`a` sorted with every item left of i strictly below x; bisect_right puts x
after the items equal to it:

    a = [1, 2, 2, 2, 5]
            ^        ^
     bisect_left   bisect_right   (x = 2: 1 and 4)

With key=, the key is applied to the items of `a` only, never to x (as in
CPython 3.10+); insort_* apply it to x to find the place. Only `<` is used.
"""

__all__ = ["bisect_left", "bisect_right", "bisect", "insort_left", "insort_right", "insort"]


def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None:
        hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Index where to insert x in sorted a, after any items equal to x."""
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Index where to insert x in sorted a, before any items equal to x."""
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x in sorted a, after any items equal to x."""
    if key is None:
        i = bisect_right(a, x, lo, hi)
    else:
        i = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(i, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x in sorted a, before any items equal to x."""
    if key is None:
        i = bisect_left(a, x, lo, hi)
    else:
        i = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(i, x)


bisect = bisect_right
insort = insort_right
