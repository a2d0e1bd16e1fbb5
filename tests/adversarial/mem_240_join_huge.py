# adversarial: str.join of 10**7 strings of a million characters
# cli: MemoryError
# embedded: MemoryError
s = 'a' * 10 ** 6
t = '-'.join([s] * 10 ** 7)
