# Stability and error safety of list.sort on data with runs and many equal
# keys (the merges gallop); the result must match a (key, position) sort.
import random
rng = random.Random(3)
class K:
    __slots__ = ('k', 'i')
    def __init__(self, k, i): self.k = k; self.i = i
    def __lt__(self, o): return self.k < o.k
bad = 0
for trial in range(300):
    n = rng.choice([0, 1, 2, 5, 40, 64, 65, 100, 257, 1000, 3000])
    m = rng.choice([1, 2, 3, 10, 1000])
    shape = rng.choice(['rand', 'asc', 'desc', 'saw', 'blocks'])
    if shape == 'rand': ks = [rng.randrange(m) for _ in range(n)]
    elif shape == 'asc': ks = sorted(rng.randrange(m) for _ in range(n))
    elif shape == 'desc': ks = sorted((rng.randrange(m) for _ in range(n)), reverse=True)
    elif shape == 'saw': ks = [i % (m + 7) for i in range(n)]
    else: ks = sorted(rng.randrange(m) for _ in range(n)); ks = ks[n//3:] + ks[:n//3]
    items = [K(k, i) for i, k in enumerate(ks)]
    out = sorted(items)
    ref = sorted(range(n), key=lambda i: (ks[i], i))
    if [x.i for x in out] != ref: bad += 1
    out2 = sorted(items, reverse=True)
    ref2 = sorted(range(n), key=lambda i: (-ks[i], i))
    if [x.i for x in out2] != ref2: bad += 1
print('bad', bad)


rng = random.Random(5)
class Boom:
    n = 0
    def __init__(self, k): self.k = k
    def __lt__(self, o):
        Boom.n += 1
        if Boom.n == Boom.limit: raise ValueError('boom')
        return self.k < o.k
for limit in [1, 5, 50, 500, 5000, 20000]:
    items = [Boom(rng.randrange(10)) for _ in range(3000)]
    items.sort(key=lambda b: b.k)
    items = items[1000:] + items[:1000]
    Boom.n = 0; Boom.limit = limit
    before = sorted(id(x) for x in items)
    try:
        items.sort()
    except ValueError as e:
        print(limit, 'ValueError', sorted(id(x) for x in items) == before, len(items))
    else:
        print(limit, 'done', all(not (items[i+1].k < items[i].k) for i in range(len(items)-1)))
