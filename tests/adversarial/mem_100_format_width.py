# adversarial: str.format with a width of 10**11
# cli: MemoryError
# embedded: MemoryError
s = '{:>100000000000}'.format('a')
