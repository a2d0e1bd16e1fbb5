# adversarial: repr() of namedtuples nested 100,000 deep
# cli: RecursionError
# embedded: RecursionError
import collections
P = collections.namedtuple('P', 'x')
p = P(None)
for _ in range(100000):
    p = P(p)
repr(p)
