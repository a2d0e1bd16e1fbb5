# adversarial: < of two equal tuples nested three levels, 4,000 items a level (every item compared by == first) under a deadline (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
# within: 6
x = (0,) * 4000
y = tuple([0] * 4000)
A = ((x,) * 4000,) * 4000
B = ((y,) * 4000,) * 4000
if not A < B:
    raise ValueError("the comparison finished within the limits")
