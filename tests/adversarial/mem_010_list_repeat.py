# adversarial: a list repeated 10**13 times
# cli: MemoryError
# embedded: MemoryError
x = [0] * (10 ** 13)
