# nsmallest / nlargest: equal to sorted(...)[:n], stable, with key=,
# n <= 0, n >= len, iterators and empty inputs.
import heapq

data = [5, 1, 8, 3, 9, 2, 8, 7, 1]
for n in [-1, 0, 1, 2, 5, 9, 20]:
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
print(heapq.nsmallest(3, iter(data)), heapq.nlargest(3, iter(data)))
print(heapq.nsmallest(2, []), heapq.nlargest(2, iter([])), heapq.nlargest(1, []))

words = ["pear", "fig", "banana", "kiwi", "apple", "date", "plum"]
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len))
print(heapq.nsmallest(1, words, key=len), heapq.nlargest(1, words, key=len))
print(heapq.nlargest(2, words, key=lambda w: w[-1]), heapq.nsmallest(10, words, key=len))

# Stability: equal keys keep their input order (as sorted() does).
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]
print(heapq.nsmallest(3, pairs, key=lambda p: p[0]))
print(heapq.nlargest(3, pairs, key=lambda p: p[0]))
big = [(i * 7919) % 1009 for i in range(2000)]
print(heapq.nsmallest(5, big) == sorted(big)[:5], heapq.nlargest(5, big) == sorted(big, reverse=True)[:5])
print(heapq.nsmallest(4, {3: "x", 1: "y", 2: "z"}), heapq.nlargest(2, "hello"))

for bad in (lambda: heapq.nsmallest(2, 5), lambda: heapq.nlargest(0, 5),
            lambda: heapq.nlargest(2, [1, "a"])):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
