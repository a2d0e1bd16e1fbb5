# adversarial: round() of a 10**8-bit int to 10**7 digits (a power of ten, a division and a product) under a deadline (or the fuel), 1,000 times
# cli: skip
# embedded: Deadline|Fuel
x = (1 << 10**8) - 1
for _ in range(1000):
    y = round(x, -10**7)
raise ValueError("the rounding finished within the limits")
