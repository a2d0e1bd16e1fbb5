# adversarial: copies of a set of 8,000 ints whose hashes all collide, holding a deleted slot so that each copy puts every key again (about 3 * 10**7 slot reads a copy, none counted before), in a loop whose 20,000 first iterations copy a set of one int (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
# within: 6
M = 2**61 - 1
big = set()
for k in range(1, 8001):
    big.add(k * M)
big.add(0)
big.discard(0)
s = {1}
i = 0
while True:
    i += 1
    if i == 20000:
        s = big
    t = set(s)
    t = None
