# adversarial: dict.fromkeys(range(10**7)): fine for the CLI, past a 64 MiB cap
# cli: skip
# embedded: MemoryError
d = dict.fromkeys(range(10 ** 7))
