a = [5, 2, 9, 1, 5, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date", "fig", "Elder"]
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y"), (0, "q")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
recs = [("x", 3), ("y", 1), ("z", 3), ("w", 1)]
recs.sort(key=lambda r: r[1])
print(recs)
print(a.sort(), sorted([]), sorted([3.5, -1, 2]), sorted("hello"))
big = list(range(100, 0, -3))
big.sort(key=lambda v: v % 5)
print(big)
