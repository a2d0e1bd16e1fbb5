# adversarial: list() of an endless map making 10 kB strings
# cli: skip
# embedded: MemoryError
import itertools

x = list(map(lambda i: ' ' * 10000, itertools.count()))
