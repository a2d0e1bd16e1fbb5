# adversarial: pow() with a 10**7-bit exponent and a 4000-bit modulus under a deadline
# cli: skip
# embedded: Deadline
m = (1 << 4000) - 1
r = pow(3, (1 << 10**7) - 1, m)
raise ValueError("the modular power finished before the deadline")
