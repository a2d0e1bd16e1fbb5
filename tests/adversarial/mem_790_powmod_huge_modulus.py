# adversarial: pow(a, b, m) with a 10**6-bit exponent and a 10**6-bit modulus under a deadline (or the fuel), 1,000 times
# cli: skip
# embedded: Deadline|Fuel
m = (1 << 10**6) - 1
for _ in range(1000):
    r = pow(3, (1 << 10**6) - 5, m)
raise ValueError("the modular power finished within the limits")
