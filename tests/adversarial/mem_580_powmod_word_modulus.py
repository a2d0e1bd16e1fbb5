# adversarial: pow() with a 10**8-bit exponent and a one-word modulus under a deadline (or the fuel), 1,000 times
# cli: skip
# embedded: Deadline|Fuel
for _ in range(1000):
    r = pow(3, (1 << 10**8) - 1, 10**9 + 7)
raise ValueError("the modular powers finished within the limits")
