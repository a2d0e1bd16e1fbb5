# adversarial: bytes(n) with n = 10**13
# cli: MemoryError
# embedded: MemoryError
b = bytes(10 ** 13)
