# adversarial: an f-string joining four 20 MiB strings (80 MiB) under the embedded 64 MiB cap is refused before the join
# cli: skip
# embedded: MemoryError
s = 'x' * (20 * 2**20)
t = f"{s}{s}{s}{s}"
raise ValueError("the string was made: %d" % len(t))
