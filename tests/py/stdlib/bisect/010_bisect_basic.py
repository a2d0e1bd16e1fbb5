# bisect_left / bisect_right (and bisect = bisect_right) on sorted lists.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 5, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))

print(bisect.bisect_left([], 1), bisect.bisect_right([], 1))
words = ["apple", "banana", "cherry", "date"]
print(bisect.bisect_left(words, "blueberry"), bisect.bisect_right(words, "cherry"))
floats = [0.5, 1.5, 2.5]
print(bisect.bisect_left(floats, 1.5), bisect.bisect_right(floats, 1), bisect.bisect(floats, 3.0))
print(bisect.bisect_left([(1, "a"), (2, "b"), (2, "c")], (2, "b")))
print(bisect.bisect_right([(1, "a"), (2, "b"), (2, "c")], (2,)))


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

# The functions are the accelerator's, shared under both names.
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
print(bisect.bisect_left, bisect.insort_left)
print(sorted(n for n in dir(bisect) if not n.startswith("_")))

big = list(range(0, 20000, 2))
print(bisect.bisect_left(big, 9999), bisect.bisect_right(big, 10000), bisect.bisect_left(big, -5))
