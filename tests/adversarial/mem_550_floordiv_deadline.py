# adversarial: one floor division of a 2*10**8-bit int by a 10**8-bit int under a deadline (or the fuel), 1,000 times
# cli: skip
# embedded: Deadline|Fuel
x = (1 << 2 * 10**8) - 1
y = (1 << 10**8) - 3
for _ in range(1000):
    q = x // y
raise ValueError("the divisions finished within the limits")
