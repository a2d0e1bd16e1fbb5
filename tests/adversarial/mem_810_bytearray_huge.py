# adversarial: bytearray(10**13): MemoryError before allocating
# cli: MemoryError
# embedded: Memory
b = bytearray(10**13)
