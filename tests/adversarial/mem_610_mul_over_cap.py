# adversarial: a product larger than the memory cap is refused before it is computed
# cli: skip
# embedded: Memory
x = (1 << 2**27 + 2**26) - 1
y = x * x
