# adversarial: bytes(10**13): MemoryError before allocating
# cli: MemoryError
# embedded: Memory
b = bytes(10**13)
