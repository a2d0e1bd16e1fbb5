# adversarial: sorted() of an endless map making 10 kB strings
# cli: skip
# embedded: MemoryError
import itertools

x = sorted(map(lambda i: ' ' * 10000, itertools.count()))
