# adversarial: str.replace growing 10**5 characters to 10**10
# cli: MemoryError
# embedded: MemoryError
s = ('a' * 10 ** 5).replace('a', 'b' * 10 ** 5)
