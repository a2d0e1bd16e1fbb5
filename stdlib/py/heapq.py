"""Heap queue algorithm (a.k.a. priority queue), as CPython 3.11's `heapq`.

A heap is a list for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for every k
(missing children count as infinite), so a[0] is always the smallest item.
Items are compared with `<` only, as CPython's `_heapq` does.

The operations on a heap (heappush, heappop, heapify, heapreplace,
heappushpop) come from the Rust accelerator `_heapq` (`stdlib/src/heapq.rs`),
with the argument checks and messages of CPython's (`heappop() argument must
be list, not tuple`, `index out of range`). merge(), nsmallest() and
nlargest() are plain Python here; nsmallest() and nlargest() are computed as
their documented equivalents, sorted(...)[:n], which give the same results.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heappop_max, _heapreplace_max, _heapify_max)


def _siftdown(heap, startpos, pos):
    # The item at `pos` may be smaller than its parents: move it up towards
    # `startpos` (the root), shifting the larger parents down.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    # The item at `pos` may be larger than its children: move the smaller
    # child up all the way to a leaf, then sift the item back up from there
    # (fewer comparisons on average than stopping early).
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


class _Reversed:
    # Wraps a sort key so that a min-heap orders it largest first (merge()
    # with reverse=True).
    __slots__ = ('key',)

    def __init__(self, key):
        self.key = key

    def __lt__(self, other):
        return other.key < self.key

    def __eq__(self, other):
        return self.key == other.key


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output (a generator).

    Like sorted(itertools.chain(*iterables)), but lazy, and it assumes that
    every input is already sorted (largest first if reverse is true). Equal
    items come out in the order of the inputs they came from.

    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]
    """
    # One entry [sort key, input number, value, iterator] per input that is
    # not exhausted; the input number breaks ties so that values (and
    # iterators) are never compared.
    h = []
    order = 0
    for it in iterables:
        it = iter(it)
        for value in it:
            k = value if key is None else key(value)
            h.append([_Reversed(k) if reverse else k, order, value, it])
            break
        order += 1
    heapify(h)
    while len(h) > 1:
        entry = h[0]
        yield entry[2]
        for value in entry[3]:
            k = value if key is None else key(value)
            entry[0] = _Reversed(k) if reverse else k
            entry[2] = value
            heapreplace(h, entry)
            break
        else:
            heappop(h)
    if h:
        # A single input is left: no more comparisons (nor key calls) needed.
        value, it = h[0][2], h[0][3]
        yield value
        yield from it


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n <= 0:
        iter(iterable)  # TypeError for a non-iterable, as CPython
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n <= 0:
        iter(iterable)  # TypeError for a non-iterable, as CPython
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
