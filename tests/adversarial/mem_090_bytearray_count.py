# adversarial: bytearray(n) with n = 10**13
# cli: MemoryError
# embedded: MemoryError
b = bytearray(10 ** 13)
