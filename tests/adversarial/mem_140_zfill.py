# adversarial: str.zfill(10**13)
# cli: MemoryError
# embedded: MemoryError
s = '1'.zfill(10 ** 13)
