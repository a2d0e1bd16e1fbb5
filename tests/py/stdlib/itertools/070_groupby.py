# itertools.groupby: groups, keys, and groupers invalidated when the groupby advances
import itertools

print([(k, list(g)) for k, g in itertools.groupby("AAAABBBCCDAABBB")])
print([k for k, g in itertools.groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in itertools.groupby([1, 2, 2, 3, 4, 5], key=lambda x: x // 2)])
print([(k, len(list(g))) for k, g in itertools.groupby(sorted("mississippi"))])
print(list(itertools.groupby([])))
print([(k, list(g)) for k, g in itertools.groupby([1, 1.0, True, 2])])

# A grouper dies when the groupby moves on, even if it was not read.
g = itertools.groupby("aaabbc")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, next(g2))
k3, g3 = next(g)
print(list(g2), k3, list(g3))

# Collecting the pairs first leaves every grouper empty.
pairs = list(itertools.groupby("aabbbc"))
print([(k, list(v)) for k, v in pairs])

# The outer iterator skips what the grouper did not read, lazily.
def gen():
    for c in "aabbbc":
        print("  read", c)
        yield c

g = itertools.groupby(gen())
k, v = next(g)
print("key", k, "first", next(v))
k, v = next(g)
print("key", k)
print("rest", list(v))
k, v = next(g)
print("key", k, list(v))
print(next(g, "done"))

# A grouper stays valid until the next group is asked for.
g = itertools.groupby("aab")
a = next(g)
print(next(a[1]), next(a[1]), next(a[1], "end of a"))
b = next(g)
print(list(b[1]), list(a[1]))
try:
    next(g)
except StopIteration:
    print("StopIteration")

print(type(next(itertools.groupby("x"))[1]).__name__)
print(type(itertools.groupby("x")).__name__)
