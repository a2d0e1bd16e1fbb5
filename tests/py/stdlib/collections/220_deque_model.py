# deque against a list model: random operations at both ends, with and without maxlen
class R:
    def __init__(self, s): self.s = s
    def nxt(self):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % 2**64
        return self.s >> 11
    def randrange(self, n): return self.nxt() % n
from collections import deque
rng = R(7)
for maxlen in (None, 0, 1, 5, 50):
    d = deque(maxlen=maxlen); ref = []
    def trim_left():
        while maxlen is not None and len(ref) > maxlen: ref.pop(0)
    def trim_right():
        while maxlen is not None and len(ref) > maxlen: ref.pop()
    for step in range(8000):
        op = rng.randrange(12); x = rng.randrange(1000)
        if op == 0: d.append(x); ref.append(x); trim_left()
        elif op == 1: d.appendleft(x); ref.insert(0, x); trim_right()
        elif op == 2 and ref: assert d.pop() == ref.pop()
        elif op == 3 and ref: assert d.popleft() == ref.pop(0)
        elif op == 4:
            n = rng.randrange(21) - 10; d.rotate(n)
            if ref: k = n % len(ref); ref[:] = ref[-k:] + ref[:-k] if k else ref
        elif op == 5 and ref:
            i = rng.randrange(2 * len(ref)) - len(ref); assert d[i] == ref[i]; d[i] = x; ref[i] = x
        elif op == 6 and ref:
            i = rng.randrange(2 * len(ref)) - len(ref); del d[i]; del ref[i]
        elif op == 7 and (maxlen is None or len(ref) < maxlen):
            i = rng.randrange(2 * len(ref) + 3) - len(ref) - 1; d.insert(i, x); ref.insert(i, x)
        elif op == 8:
            items = [rng.randrange(1000) for _ in range(rng.randrange(4))]
            if rng.randrange(2): d.extend(items); ref.extend(items); trim_left()
            else:
                d.extendleft(items)
                for it in items: ref.insert(0, it)
                trim_right()
        elif op == 9 and x in ref: d.remove(x); ref.remove(x)
        elif op == 10: d.reverse(); ref.reverse()
        elif op == 11:
            assert list(d) == ref and len(d) == len(ref) and list(reversed(d)) == ref[::-1]
            if ref: assert d.index(ref[-1]) == ref.index(ref[-1]) and d.count(ref[0]) == ref.count(ref[0])
    assert list(d) == ref, maxlen
    print(maxlen, len(d), sum(d))
