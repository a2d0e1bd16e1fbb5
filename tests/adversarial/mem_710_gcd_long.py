# adversarial: math.gcd of two 10**7-bit ints under a deadline (or the fuel), 1,000 times
# cli: skip
# embedded: Deadline|Fuel
import math
a = (1 << 10**7) - 1
b = int.from_bytes(bytes(range(1, 256)) * 4800, 'little')
for _ in range(1000):
    g = math.gcd(a, b)
raise ValueError("gcd finished within the limits")
