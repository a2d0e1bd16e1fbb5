# adversarial: a 2*10**8-bit int modulo a 10**6-bit int (many blocks) under a deadline (or the fuel), 1,000 times
# cli: skip
# embedded: Deadline|Fuel
x = (1 << 2 * 10**8) - 1
y = (1 << 10**6) - 3
for _ in range(1000):
    r = x % y
raise ValueError("the divisions finished within the limits")
