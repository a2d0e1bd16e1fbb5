# adversarial: a 2*10**8-bit int modulo a 10**6-bit int (many blocks) under a deadline
# cli: skip
# embedded: Deadline
x = (1 << 2 * 10**8) - 1
y = (1 << 10**6) - 3
r = x % y
r = x % y
r = x % y
raise ValueError("the divisions finished before the deadline")
