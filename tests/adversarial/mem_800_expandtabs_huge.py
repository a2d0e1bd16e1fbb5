# adversarial: str.expandtabs with a huge tab size: MemoryError before the text is built
# cli: MemoryError
# embedded: Memory
s = '\t' * 1000
t = s.expandtabs(2**31 - 1)
