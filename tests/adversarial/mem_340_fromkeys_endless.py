# adversarial: dict.fromkeys() of an endless map making distinct 1 kB strings
# cli: skip
# embedded: MemoryError
import itertools

d = dict.fromkeys(map(lambda i: 'k' * 1000 + str(i), itertools.count()))
