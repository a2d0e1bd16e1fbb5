# adversarial: Fraction arithmetic on 10**7-bit numerators and denominators (gcd, products) under a deadline (or the fuel), 1,000 times
# cli: skip
# embedded: Deadline|Fuel
from fractions import Fraction
a = Fraction((1 << 10**7) - 1, int.from_bytes(bytes(range(1, 256)) * 4800, 'little'))
b = Fraction(int.from_bytes(bytes(range(3, 256)) * 4900, 'big'), (1 << 10**7) + 1)
for _ in range(1000):
    c = a + b
raise ValueError("the sum finished within the limits")
