# adversarial: repr() of OrderedDicts nested 100,000 deep
# cli: RecursionError
# embedded: RecursionError
import collections
d = collections.OrderedDict()
for _ in range(100000):
    d = collections.OrderedDict(a=d)
repr(d)
