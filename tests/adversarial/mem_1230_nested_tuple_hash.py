# adversarial: hash of a tuple nested three levels, 4,000 items a level (6.4 * 10**10 items hashed; tuples do not keep their hash) under a deadline (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
# within: 6
x = (0,) * 4000
A = (((x,) * 4000,) * 4000,)
s = {A}
raise ValueError("the hash finished within the limits")
