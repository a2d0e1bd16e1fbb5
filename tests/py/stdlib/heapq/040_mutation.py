# Comparisons that change the heap while it is being sifted: no crash, a
# RuntimeError (or IndexError when it empties) as CPython raises.
import heapq


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Clears:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        heap.clear()
        return True

    def __repr__(self):
        return "C%d" % self.v


heap = [Clears(1), Clears(2), Clears(3)]
attempt(lambda: heapq.heappush(heap, Clears(0)))
print(heap)
for op in (heapq.heappop, heapq.heapify):
    heap = [Clears(1), Clears(2), Clears(3), Clears(4)]
    attempt(lambda: op(heap))
    print(heap)
heap = [Clears(1), Clears(2), Clears(3)]
attempt(lambda: heapq.heapreplace(heap, Clears(9)))
print(heap)
heap = [Clears(1), Clears(2), Clears(3)]
attempt(lambda: heapq.heappushpop(heap, Clears(9)))
print(heap)


class Grows:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        heap.append(Grows(0))
        return self.v < other.v

    def __repr__(self):
        return "G%d" % self.v


heap = [Grows(1), Grows(2)]
attempt(lambda: heapq.heappush(heap, Grows(0)))
print(heap)
heap = [Grows(1), Grows(2)]
attempt(lambda: heapq.heappushpop(heap, Grows(3)))
print(heap)


class Swaps:
    # Replaces items without changing the length: allowed.
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        heap[-1] = Swaps(self.v + 100)
        return self.v < other.v

    def __repr__(self):
        return "S%d" % self.v


heap = [Swaps(5), Swaps(6), Swaps(7)]
attempt(lambda: heapq.heappush(heap, Swaps(1)))
print(heap)
attempt(lambda: heapq.heappop(heap))
print(heap)
