# heapify, heapreplace, heappushpop.
import heapq


def is_heap(h):
    return all(not h[(i - 1) // 2] > h[i] for i in range(1, len(h)))


data = [9, 4, 7, 1, 8, 2, 2, 6]
heapq.heapify(data)
print(data, is_heap(data))
big = [(i * 7919) % 10007 for i in range(5000)]
heapq.heapify(big)
print(is_heap(big), big[:8])
for empty in ([], [1], [2, 1]):
    heapq.heapify(empty)
    print(empty, end=" ")
print()

print(heapq.heapreplace(data, 5), data, is_heap(data))
print(heapq.heapreplace(data, 0), data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 10), data, is_heap(data))
print(heapq.heappushpop([], 3), heapq.heappushpop([5], 5), heapq.heappushpop([1], 1.0))

# The n largest through a bounded heap: heappushpop keeps the n biggest.
stream = [(i * 37) % 101 for i in range(60)]
top = stream[:5]
heapq.heapify(top)
for x in stream[5:]:
    heapq.heappushpop(top, x)
print(sorted(top, reverse=True), sorted(stream, reverse=True)[:5])

pairs = [(2, "b"), (1, "z"), (1, "a"), (3, "c")]
heapq.heapify(pairs)
print(pairs[0], heapq.heapreplace(pairs, (0, "new")), pairs[0])
