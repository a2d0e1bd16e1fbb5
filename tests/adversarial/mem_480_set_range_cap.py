# adversarial: set(range(10**7)) past a 64 MiB cap
# cli: skip
# embedded: MemoryError
s = set(range(10 ** 7))
