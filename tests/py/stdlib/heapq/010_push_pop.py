# heappush / heappop keep the heap invariant; a heap sort; tuples as
# (priority, item) entries.
import heapq


def is_heap(h):
    return all(not h[(i - 1) // 2] > h[i] for i in range(1, len(h)))


h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1]:
    heapq.heappush(h, x)
    print(h[0], is_heap(h), end="; ")
print()
print(h)
print([heapq.heappop(h) for _ in range(len(h))], h)

data = [(i * 7919) % 1009 for i in range(300)]
h = []
for x in data:
    heapq.heappush(h, x)
print(is_heap(h), [heapq.heappop(h) for _ in range(len(data))] == sorted(data))

tasks = []
for t in [(2, "write"), (1, "read"), (3, "close"), (1, "open"), (2, "seek")]:
    heapq.heappush(tasks, t)
print([heapq.heappop(tasks) for _ in range(len(tasks))])

words = []
for w in "the quick brown fox jumps over the lazy dog".split():
    heapq.heappush(words, w)
print([heapq.heappop(words) for _ in range(len(words))])

mixed = []
for x in [3.5, 1, 2.25, -4, 0.0, True]:
    heapq.heappush(mixed, x)
print(mixed[0], [heapq.heappop(mixed) for _ in range(len(mixed))])

# Subclasses of list are heaps too.
class Heap(list):
    pass


sub = Heap()
for x in [3, 1, 2]:
    heapq.heappush(sub, x)
print(type(sub).__name__, sub, heapq.heappop(sub), sub)
print(heapq.heappush, heapq.heappop.__name__)
