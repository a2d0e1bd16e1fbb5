# adversarial: math.isqrt of a 10**8-bit int under a deadline (or the fuel), 1,000 times
# cli: skip
# embedded: Deadline|Fuel
import math
x = (1 << 10**8) - 1
for _ in range(1000):
    r = math.isqrt(x)
raise ValueError("isqrt finished within the limits")
