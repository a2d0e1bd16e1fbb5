# adversarial: list(itertools.repeat(0, 10**13)): the length hint is checked first
# cli: MemoryError
# embedded: MemoryError
import itertools

x = list(itertools.repeat(0, 10 ** 13))
