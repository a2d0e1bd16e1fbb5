# adversarial: one product of two 10**8-bit ints (about a minute of work) under a deadline
# cli: skip
# embedded: Deadline
x = (1 << 10**8) - 1
y = x * x
raise ValueError("the product finished before the deadline")
