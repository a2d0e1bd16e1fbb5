# adversarial: bytes.ljust(10**13)
# cli: MemoryError
# embedded: MemoryError
b = b'a'.ljust(10 ** 13)
