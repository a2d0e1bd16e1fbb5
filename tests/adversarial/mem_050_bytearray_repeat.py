# adversarial: a bytearray repeated 10**13 times
# cli: MemoryError
# embedded: MemoryError
b = bytearray(b'x') * (10 ** 13)
