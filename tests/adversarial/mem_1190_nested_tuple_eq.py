# adversarial: == of two tuples nested three levels, 4,000 items a level, equal but not identical (6.4 * 10**10 item comparisons, none in a tuple longer than 4,096) under a deadline (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
# within: 6
x = (0,) * 4000
y = tuple([0] * 4000)
a = (x,) * 4000
b = (y,) * 4000
A = (a,) * 4000
B = (b,) * 4000
if A == B:
    raise ValueError("the comparison finished within the limits")
