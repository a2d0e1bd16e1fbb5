# adversarial: bytes.expandtabs with a huge tab size: MemoryError before the result is built
# cli: MemoryError
# embedded: Memory
b = b'\t' * 1000
t = b.expandtabs(2**31 - 1)
