# adversarial: 1 << 10**12: a trillion-bit int
# cli: MemoryError
# embedded: MemoryError
x = 1 << 10 ** 12
