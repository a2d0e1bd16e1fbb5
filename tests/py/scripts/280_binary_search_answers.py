"""Binary search on the answer: bisect with key= and a predicate."""
import bisect
import math

weights = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9]


def days_needed(capacity):
    days, load = 1, 0
    for w in weights:
        if load + w > capacity:
            days, load = days + 1, 0
        load += w
    return days


lo, hi = max(weights), sum(weights)
caps = range(lo, hi + 1)
for days in (1, 3, 5, 8, 15):
    i = bisect.bisect_left(caps, -days, key=lambda c: -days_needed(c))
    print(days, "days -> capacity", caps[i])
print(bisect.bisect_left(range(10**6), 31337 ** 2 // 1000, key=lambda x: x * x // 1000))
print(math.isqrt(10**20), bisect.bisect_right(range(10**11), 10**20, key=lambda x: x * x) - 1)
scores = sorted([55, 70, 90, 62, 85, 78, 98])
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in scores])
