# adversarial: pow() with a 10**7-bit exponent and a 4000-bit modulus under a deadline (or the fuel), 1,000 times
# cli: skip
# embedded: Deadline|Fuel
m = (1 << 4000) - 1
for _ in range(1000):
    r = pow(3, (1 << 10**7) - 1, m)
raise ValueError("the modular power finished within the limits")
