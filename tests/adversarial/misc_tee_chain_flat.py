# adversarial: tee of a tee 20,000 deep shares one buffer (no recursion), then ends in a ValueError
# cli: ValueError
# embedded: ValueError
import itertools
x = iter([1, 2, 3])
for _ in range(20000):
    x = itertools.tee(x)[0]
assert next(x) == 1
raise ValueError('tee chains stay flat')
