# adversarial: tuple() of an endless map making 10 kB bytes
# cli: skip
# embedded: MemoryError
import itertools

t = tuple(map(lambda i: b'x' * 10000, itertools.count()))
