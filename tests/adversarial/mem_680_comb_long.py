# adversarial: math.comb(10**8, 4 * 10**6) under a deadline (or the fuel), 1,000 times
# cli: skip
# embedded: Deadline|Fuel
import math
for _ in range(1000):
    c = math.comb(10**8, 4 * 10**6)
raise ValueError("comb finished within the limits")
