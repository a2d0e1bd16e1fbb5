# The key= argument (3.10+): applied to the list's items, and by the
# insort functions to the new item too.
import bisect

records = [("alice", 25), ("bob", 30), ("carol", 30), ("dave", 41)]
age = lambda r: r[1]
print(bisect.bisect_left(records, 30, key=age), bisect.bisect_right(records, 30, key=age))
print(bisect.bisect(records, 29, key=age), bisect.bisect(records, 100, key=age))

people = list(records)
bisect.insort(people, ("erin", 30), key=age)
bisect.insort_left(people, ("fay", 30), key=age)
bisect.insort(people, ("gus", 1), key=age)
print(people)

calls = []


def counting_key(x):
    calls.append(x)
    return x


data = list(range(16))
print(bisect.bisect_left(data, 11, key=counting_key), calls)
calls.clear()
bisect.insort(data, 7, key=counting_key)
print(calls[0], len(calls), data[:10])

words = ["a", "bb", "ccc", "dddd"]
print(bisect.bisect_left(words, 3, key=len), bisect.bisect_right(words, 2, key=len))
print(bisect.bisect_left(words, "bb", key=None), bisect.bisect_left([1, 2, 3], 2, key=None))
neg = [5, 3, 1]
print(bisect.bisect_left(neg, -3, key=lambda v: -v), bisect.bisect_right(neg, -3, key=lambda v: -v))
