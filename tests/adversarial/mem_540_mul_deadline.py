# adversarial: one product of two 10**8-bit ints (about a minute of work) under a deadline (or the fuel), 1,000 times
# cli: skip
# embedded: Deadline|Fuel
x = (1 << 10**8) - 1
for _ in range(1000):
    y = x * x
raise ValueError("the product finished within the limits")
