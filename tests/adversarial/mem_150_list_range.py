# adversarial: list(range(10**12)): the length is known before anything is made
# cli: MemoryError
# embedded: MemoryError
x = list(range(10 ** 12))
