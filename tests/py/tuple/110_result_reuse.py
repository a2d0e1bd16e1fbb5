# zip, enumerate, dict items and the itertools combinatorics refill their
# last result tuple once the loop has let go of it (as CPython does): a
# result someone kept never changes, and every value is right.
import itertools, sys, gc
# Results kept by the caller are never changed.
z = zip([1, 2, 3], "abc")
a = next(z); b = next(z)
print(a, b, a is b)
kept = list(zip(range(3), range(3)))
print(kept)
e = enumerate("xy")
x = next(e); y = next(e); print(x, y)
d = {"k": 1, "j": 2}
print(list(d.items()))
items = [t for t in d.items()]
print(items, items[0] is items[1])
for k, v in d.items():
    print(k, v)
p = itertools.product("ab", repeat=2)
print(list(p))
print([c for c in itertools.combinations(range(4), 2)])
print(list(itertools.permutations("abc", 2))[:3])
print(list(itertools.combinations_with_replacement("ab", 2)))
# reuse when dropped: identity of consecutive results may repeat, values right
ids = set()
for t in zip(range(5), range(5)):
    ids.add(t)
print(sorted(ids))
total = 0
for a, b in itertools.product(range(30), repeat=2):
    total += a * b
print(total)
s = 0
for i, v in enumerate(range(100)):
    s += i * v
print(s)
# a cycle through the kept tuple is collected
class Box: pass
bx = Box()
z = zip([bx], [1])
bx.z = z
t = next(z)
del t, bx, z
print(gc.collect() >= 0)
