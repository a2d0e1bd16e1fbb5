# adversarial: a str repeated 10**13 times
# cli: MemoryError
# embedded: MemoryError
s = 'a' * (10 ** 13)
