# adversarial: one floor division of a 2*10**8-bit int by a 10**8-bit int under a deadline
# cli: skip
# embedded: Deadline
x = (1 << 2 * 10**8) - 1
y = (1 << 10**8) - 3
q = x // y
raise ValueError("the division finished before the deadline")
