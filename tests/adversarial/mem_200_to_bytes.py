# adversarial: int.to_bytes with a length of 10**12
# cli: MemoryError
# embedded: MemoryError
b = (10 ** 100).to_bytes(10 ** 12, 'big')
