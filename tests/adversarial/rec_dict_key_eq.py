# adversarial: dict lookup with keys that are tuples nested 100,000 deep and equal hashes
# cli: RecursionError
# embedded: RecursionError
def nt(n):
    t = ()
    for _ in range(n):
        t = (t,)
    return t
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return self.v == other.v
d = {K(nt(100000)): 1}
d[K(nt(100000))]
