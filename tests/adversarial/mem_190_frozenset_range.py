# adversarial: frozenset(range(10**12))
# cli: MemoryError
# embedded: MemoryError
s = frozenset(range(10 ** 12))
