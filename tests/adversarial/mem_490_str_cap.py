# adversarial: a 100 MiB str past a 64 MiB cap
# cli: skip
# embedded: MemoryError
s = 'x' * (100 << 20)
