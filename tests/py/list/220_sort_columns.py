# Tuple keys of different lengths compared by position (a short key first,
# so a position starts with keys that have no item there), and values moved
# into place along the permutation's cycles (every shape of cycle).
import random

rng = random.Random(5)

# Short keys before the first long one, at each position.
keys = [(), (1,), (1, 'b'), (0,), (1, 'a', 2.5), (1, 'a'), (1, 'a', -1.0), (), (0, 'z')]
print(sorted(keys))
print(sorted(keys, reverse=True))
print(sorted(range(len(keys)), key=lambda i: keys[i]))
print(sorted([('x',), ('x', 'y'), ('w', 'a', 'b'), ('x', 'a')]))
print(sorted([(2,), (1, 'q'), (1,), (2, 'a'), (1, 'p', 0)]))

# Mixed kinds only at a position some keys do not reach: still equal-kind
# where compared? CPython compares (1, 'a') with (1, 2) and raises.
try:
    sorted([(1,), (1, 'a'), (1, 2)])
except TypeError as e:
    print('TypeError', e)

# Uniform keys: many duplicates (stability) and every permutation shape.
for n in (0, 1, 2, 3, 7, 64, 1000, 5000):
    vals = list(range(n))
    rng.shuffle(vals)
    ks = [(v % 13, 'k%d' % (v % 7), v * 0.5) for v in vals]
    order = sorted(range(n), key=lambda i: ks[i])
    out = sorted(vals, key=lambda v: (v % 13, 'k%d' % (v % 7), v * 0.5))
    print(n, out[:6], out == [vals[i] for i in order] and True)
    stable = sorted(vals, key=lambda v: (v % 3, 'a'))
    print(n, stable[:6], all(stable[i] % 3 < stable[i + 1] % 3 or (stable[i] % 3 == stable[i + 1] % 3 and vals.index(stable[i]) < vals.index(stable[i + 1])) for i in range(min(n, 200) - 1)))

# A reversed list, one long cycle, fixed points: values land where they go.
print(sorted(list(range(20, 0, -1)), key=lambda v: (v,))[:5])
rot = list(range(1, 50)) + [0]
print(sorted(rot, key=lambda v: (v, 'x'))[:5], sorted(rot, key=lambda v: (v, 'x'))[-3:])
pairs = [1, 0, 3, 2, 5, 4, 7, 6]
print(sorted(pairs, key=lambda v: (v,)))

# list.sort keeps the identity of the items it moves.
objs = [object() for _ in range(10)]
ids = [id(o) for o in objs]
order = list(range(10))
rng.shuffle(order)
lst = [objs[i] for i in order]
lst.sort(key=lambda o: (ids.index(id(o)), ''))
print(all(a is b for a, b in zip(lst, objs)))

# Sorting ints, strs, floats: the permutation paths.
ints = [rng.randrange(-10**6, 10**6) for _ in range(3000)]
print(sorted(ints)[:5], sorted(ints, reverse=True)[:3])
strs = ['s%d' % rng.randrange(500) for _ in range(3000)]
print(sorted(strs)[:5], sorted(strs, key=str.upper)[-3:])
fl = [rng.random() - 0.5 for _ in range(3000)]
print([round(x, 6) for x in sorted(fl)[:3]], [round(x, 6) for x in sorted(fl, reverse=True)[:3]])
