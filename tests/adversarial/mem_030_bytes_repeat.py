# adversarial: bytes repeated 10**13 times
# cli: MemoryError
# embedded: MemoryError
b = b'ab' * (10 ** 13)
