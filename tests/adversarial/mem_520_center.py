# adversarial: str.center(10**13)
# cli: MemoryError
# embedded: MemoryError
s = 'a'.center(10 ** 13)
