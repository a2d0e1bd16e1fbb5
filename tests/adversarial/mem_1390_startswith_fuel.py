# adversarial: str and bytes startswith/endswith of a 4 MB prefix or suffix (alone, in a tuple of candidates, with bounds, on a non-ASCII str) in an endless loop: fuel counts each call by what it reads, so a small budget runs out within a few iterations, long before the deadline (where each call used to count as one tick)
# cli: skip
# embedded: Fuel
# fuel: 30_000
# within: 6
n = 4 * 10**6
s = 'x' * n
p = s[:-1]
u = 'é' * (n // 2)
q = u[1:]
b = b'y' * n
c = b[1:]
cands = ('z', 'xy', p)
while True:
    r = s.startswith(p)
    r = s.endswith(p)
    r = s.startswith(cands)
    r = s.endswith(('q', p), 1)
    r = u.startswith(q, 1)
    r = u.endswith(q, 0, len(u) - 1)
    r = b.startswith(c)
    r = b.endswith((b'q', c))
