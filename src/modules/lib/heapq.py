"""Binary min-heaps on plain lists (heapscope's heapq module, in Python).

A list `h` is a heap when every parent is <= its children:

        h[0]
       /    \\
    h[1]    h[2]          h[k] <= h[2*k+1] and h[k] <= h[2*k+2]
    /  \\    /  \\
  h[3] h[4] h[5] h[6]

Popping moves the last item to the root, lets the hole at the root sink to a
leaf by always promoting the smaller child, then sifts the moved item back
up from that leaf. This is CPython's variant (fewer comparisons than the
textbook sift-down), and it decides where equal or unordered items land, so
heapscope keeps it exactly: printed heaps match python3's item for item.
Only `<` is ever used to compare items, as in CPython.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


def _check_list(heap, fname, which=" 1"):
    # "argument 1" for the two-argument functions, "argument" for the others.
    if not isinstance(heap, list):
        got = "None" if heap is None else type(heap).__name__
        raise TypeError(f"{fname}() argument{which} must be list, not {got}")


def _sift_up(heap, root, pos):
    # The item at pos climbs towards root while it is smaller than its parent.
    item = heap[pos]
    while pos > root:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if item < above:
            heap[pos] = above
            pos = parent
            continue
        break
    heap[pos] = item


def _sink_then_rise(heap, pos):
    # The hole at pos goes down to a leaf along the smaller children, then the
    # item that was at pos rises from there.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_up(heap, start, pos)


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap, "heappush")
    heap.append(item)
    _sift_up(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap, "heappop", "")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        first = heap[0]
        heap[0] = last
        _sink_then_rise(heap, 0)
        return first
    return last


def heapreplace(heap, item, /):
    """Pop and return the smallest item, then push item (the heap must not be empty)."""
    _check_list(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    first = heap[0]
    heap[0] = item
    _sink_then_rise(heap, 0)
    return first


def heappushpop(heap, item, /):
    """Push item, then pop and return the smallest item (faster than both calls)."""
    _check_list(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink_then_rise(heap, 0)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check_list(heap, "heapify", "")
    for pos in reversed(range(len(heap) // 2)):
        _sink_then_rise(heap, pos)


# Max-heap helpers (used by nsmallest and merge(reverse=True), as CPython's).

def _sift_up_max(heap, root, pos):
    item = heap[pos]
    while pos > root:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if above < item:
            heap[pos] = above
            pos = parent
            continue
        break
    heap[pos] = item


def _sink_then_rise_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_up_max(heap, start, pos)


def _heapify_max(heap):
    for pos in reversed(range(len(heap) // 2)):
        _sink_then_rise_max(heap, pos)


def _heapreplace_max(heap, item):
    first = heap[0]
    heap[0] = item
    _sink_then_rise_max(heap, 0)
    return first


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        first = heap[0]
        heap[0] = last
        _sink_then_rise_max(heap, 0)
        return first
    return last


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator (a generator).

    Equal items come out in the order of the iterables they came from: each
    heap entry carries the index of its iterable as a tie-breaker.
    """
    entries = []
    if reverse:
        init, pop, replace, sign = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        init, pop, replace, sign = heapify, heappop, heapreplace, 1
    if key is None:
        for order, it in enumerate(map(iter, iterables)):
            try:
                step = it.__next__
                entries.append([step(), order * sign, step])
            except StopIteration:
                pass
        init(entries)
        while len(entries) > 1:
            try:
                while True:
                    entry = entries[0]
                    value, _, step = entry
                    yield value
                    entry[0] = step()
                    replace(entries, entry)
            except StopIteration:
                pop(entries)
        if entries:
            value, _, step = entries[0]
            yield value
            yield from step.__self__
        return
    for order, it in enumerate(map(iter, iterables)):
        try:
            step = it.__next__
            value = step()
            entries.append([key(value), order * sign, value, step])
        except StopIteration:
            pass
    init(entries)
    while len(entries) > 1:
        try:
            while True:
                entry = entries[0]
                _, _, value, step = entry
                yield value
                value = step()
                entry[0] = key(value)
                entry[2] = value
                replace(entries, entry)
        except StopIteration:
            pop(entries)
    if entries:
        _, _, value, step = entries[0]
        yield value
        yield from step.__self__


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, smallest first (like sorted(iterable, key=key)[:n])."""
    if n == 1:
        it = iter(iterable)
        missing = object()
        if key is None:
            found = min(it, default=missing)
        else:
            found = min(it, default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    # A max-heap of the n best seen so far; (value, order) keeps the sort stable.
    if key is None:
        it = iter(iterable)
        best = [(value, order) for order, value in zip(range(n), it)]
        if not best:
            return best
        _heapify_max(best)
        worst = best[0][0]
        order = n
        for value in it:
            if value < worst:
                _heapreplace_max(best, (value, order))
                worst, _ = best[0]
                order += 1
        best.sort()
        return [value for value, _ in best]
    it = iter(iterable)
    best = [(key(value), order, value) for order, value in zip(range(n), it)]
    if not best:
        return best
    _heapify_max(best)
    worst = best[0][0]
    order = n
    for value in it:
        k = key(value)
        if k < worst:
            _heapreplace_max(best, (k, order, value))
            worst, _, _ = best[0]
            order += 1
    best.sort()
    return [value for _, _, value in best]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, largest first (like sorted(..., reverse=True)[:n])."""
    if n == 1:
        it = iter(iterable)
        missing = object()
        if key is None:
            found = max(it, default=missing)
        else:
            found = max(it, default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    # A min-heap of the n best; decreasing order numbers keep ties stable.
    if key is None:
        it = iter(iterable)
        best = [(value, order) for order, value in zip(range(0, -n, -1), it)]
        if not best:
            return best
        heapify(best)
        worst = best[0][0]
        order = -n
        for value in it:
            if worst < value:
                heapreplace(best, (value, order))
                worst, _ = best[0]
                order -= 1
        best.sort(reverse=True)
        return [value for value, _ in best]
    it = iter(iterable)
    best = [(key(value), order, value) for order, value in zip(range(0, -n, -1), it)]
    if not best:
        return best
    heapify(best)
    worst = best[0][0]
    order = -n
    for value in it:
        k = key(value)
        if worst < k:
            heapreplace(best, (k, order, value))
            worst, _, _ = best[0]
            order -= 1
    best.sort(reverse=True)
    return [value for _, _, value in best]
