# adversarial: 10 ** 10**13: the result's size is estimated first
# cli: MemoryError
# embedded: MemoryError
x = 10 ** (10 ** 13)
