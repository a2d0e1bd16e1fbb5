# adversarial: copies of a 2,000,000-item list (slices, list.copy, +) that neither tick nor charge their work, in an endless loop under a deadline: the clock is read by elapsed time, not every 1,024 iterations (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
# within: 6
l = [0] * (2 * 10**6)
while True:
    y = l[:]
    y = l.copy()
    y = l[::-1]
    y = None
    y = l + l
    y = None
