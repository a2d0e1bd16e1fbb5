# adversarial: a set grown by update() in chunks of 4,000 ints whose hashes all collide (equal modulo 2**61 - 1): each insertion probes every key before it, under a deadline (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
# within: 6
M = 2**61 - 1
keys = [1 + i * M for i in range(200000)]
s = set()
for i in range(0, len(keys), 4000):
    s.update(keys[i:i + 4000])
raise ValueError("the insertions finished within the limits")
