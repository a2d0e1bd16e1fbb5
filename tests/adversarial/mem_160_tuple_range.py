# adversarial: tuple(range(10**12))
# cli: MemoryError
# embedded: MemoryError
t = tuple(range(10 ** 12))
