# adversarial: pow() with a 10**8-bit exponent and a one-word modulus under a deadline
# cli: skip
# embedded: Deadline
r = pow(3, (1 << 10**8) - 1, 10**9 + 7)
raise ValueError("the modular power finished before the deadline")
