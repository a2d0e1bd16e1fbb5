# adversarial: copies of a 2,000,000-item list (l[:], l.copy(), list(l), tuple(l), l + l) in a loop whose 20,000 first iterations copy one item: the slow iterations count their work (and the deadline's timer stops the loop at its next iteration), not a slice of up to 1,024 of them later (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
# within: 6
big = [0] * (2 * 10**6)
l = [0]
i = 0
while True:
    i += 1
    if i == 20000:
        l = big
    y = l[:]
    y = l.copy()
    y = list(l)
    y = tuple(l)
    y = None
    y = l + l
    y = None
