# zip_longest reuses its result tuple only when the loop has let it go: a
# result someone kept never changes, and every result compares as CPython's.
import itertools as it

kept = list(it.zip_longest("abc", range(5), fillvalue="-"))
print(kept)
held = []
for t in it.zip_longest([1, 2, 3], "xy"):
    held.append(t)
    print(t, held[0])
print(held, len(set(map(id, held))) == len(held))

z = it.zip_longest(range(4), range(2), fillvalue=None)
first = next(z)
second = next(z)
print(first, second, first is second)
del first
third = next(z)
print(second, third)

total = 0
for a, b in it.zip_longest(range(10000), range(0, 15000, 2), fillvalue=0):
    total += a or b
print(total)
print(sum(a * b for a, b in it.zip_longest(range(7), range(3), fillvalue=10)))

# A result kept only by a dict value or a closure is not changed either.
d = {}
for i, t in enumerate(it.zip_longest("pq", "rst")):
    d[i] = t
print(d)
gen = it.zip_longest([1], [2, 3], [4, 5, 6])
r = [next(gen), next(gen)]
print(r, list(gen), r)
