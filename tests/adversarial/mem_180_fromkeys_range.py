# adversarial: dict.fromkeys(range(10**10))
# cli: MemoryError
# embedded: MemoryError
d = dict.fromkeys(range(10 ** 10))
