# adversarial: str.ljust(10**13)
# cli: MemoryError
# embedded: MemoryError
s = 'a'.ljust(10 ** 13)
