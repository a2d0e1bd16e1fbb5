# adversarial: set(range(10**12))
# cli: MemoryError
# embedded: MemoryError
s = set(range(10 ** 12))
