# heapq: the heap functions keep the invariant; merge, nsmallest, nlargest;
# the C accelerator's error messages.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, h[0])
print([heapq.heappop(h) for _ in range(len(h))], h)

data = [9, 4, 7, 1, 8, 2, 2, 6]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 5), data)
print(heapq.heappushpop(data, 0), heapq.heappushpop(data, 10), data)
print(heapq.heappushpop([], 3))

# Tuples as (priority, item); ties on priority compare the items.
tasks = []
for t in [(2, "write"), (1, "read"), (3, "close"), (1, "open")]:
    heapq.heappush(tasks, t)
print([heapq.heappop(tasks) for _ in range(4)])

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2], reverse=True)))
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(heapq.nsmallest(3, words), heapq.nlargest(2, words, key=len))
print(heapq.nsmallest(1, [3, 1, 2]), heapq.nlargest(10, iter([3, 1, 2])),
      heapq.nsmallest(0, [1]), heapq.nlargest(-1, [1]))

for call in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
             lambda: heapq.heappush((), 1), lambda: heapq.heapify(None),
             lambda: heapq.heappop("abc")):
    try:
        call()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
