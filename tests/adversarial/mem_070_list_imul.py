# adversarial: list *= 10**13 in place
# cli: MemoryError
# embedded: MemoryError
x = [0, 1]
x *= 10 ** 13
