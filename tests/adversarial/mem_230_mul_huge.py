# adversarial: the product of two 2**31-bit ints
# cli: MemoryError
# embedded: MemoryError
x = 1 << 2 ** 31
y = x * x
