# adversarial: a tuple repeated 10**13 times
# cli: MemoryError
# embedded: MemoryError
t = (0, 1) * (10 ** 13)
