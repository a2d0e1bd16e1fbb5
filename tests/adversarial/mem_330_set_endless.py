# adversarial: set() of an endless map making distinct 1 kB strings
# cli: skip
# embedded: MemoryError
import itertools

s = set(map(lambda i: 'x' * 1000 + str(i), itertools.count()))
