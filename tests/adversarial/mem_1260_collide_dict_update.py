# adversarial: a dict grown by update(dict.fromkeys(chunk)) in chunks of 4,000 ints whose hashes all collide, under a deadline (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
# within: 6
M = 2**61 - 1
keys = [1 + i * M for i in range(200000)]
d = {}
for i in range(0, len(keys), 4000):
    d.update(dict.fromkeys(keys[i:i + 4000]))
raise ValueError("the insertions finished within the limits")
