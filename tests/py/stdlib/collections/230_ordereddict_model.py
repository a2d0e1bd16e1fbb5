# OrderedDict against a list model: random sets, deletes, moves and pops at both ends
# randomized OrderedDict vs reference model (list of keys)
class R:
    def __init__(self, s): self.s = s
    def nxt(self):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % 2**64
        return self.s >> 11
    def random(self): return self.nxt() / 2**53
    def randrange(self, n): return self.nxt() % n
from collections import OrderedDict
rng = R(5)
od = OrderedDict(); ref = []
vals = {}
for step in range(40000):
    op = rng.random()
    k = rng.randrange(300)
    if op < 0.3:
        od[k] = step
        if k not in vals: ref.append(k)
        vals[k] = step
    elif op < 0.45 and k in vals:
        del od[k]; ref.remove(k); del vals[k]
    elif op < 0.6 and k in vals:
        last = rng.random() < 0.5
        od.move_to_end(k, last=last)
        ref.remove(k)
        if last: ref.append(k)
        else: ref.insert(0, k)
    elif op < 0.75 and ref:
        last = rng.random() < 0.5
        kk, vv = od.popitem(last=last)
        exp = ref.pop() if last else ref.pop(0)
        assert kk == exp and vv == vals.pop(exp), (step, kk, exp)
    elif op < 0.8:
        assert list(od) == ref, step
        assert list(reversed(od)) == ref[::-1], step
        assert list(od.items()) == [(x, vals[x]) for x in ref]
assert list(od) == ref
print('ok', len(od))
