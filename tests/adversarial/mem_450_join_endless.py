# adversarial: str.join of an endless map making 10 kB strings
# cli: skip
# embedded: MemoryError
import itertools

s = ''.join(map(lambda i: 'x' * 10000, itertools.count()))
