# adversarial: lookups of absent ints whose hashes collide with 10,000 keys of a frozenset and a dict (each lookup probes them all), 4,000 a call, under a deadline (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
# within: 6
M = 2**61 - 1
keys = [1 + i * M for i in range(10000)]
fs = frozenset(keys)
d = dict.fromkeys(keys)
probes = [1 + i * M for i in range(10**6, 10**6 + 4000)]
while True:
    fs.isdisjoint(probes)
    sum(1 for k in probes if k in d)
