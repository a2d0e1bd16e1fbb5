# adversarial: list.extend() of an endless map making 10 kB strings
# cli: skip
# embedded: MemoryError
import itertools

x = []
x.extend(map(lambda i: ' ' * 10000, itertools.count()))
