# adversarial: == and < of two lists nested three levels, 4,000 items a level, equal but not identical, under a deadline (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
# within: 6
x = [0] * 4000
y = [0] * 4000
A = [[x] * 4000] * 4000
B = [[y] * 4000] * 4000
if A == B or A < B:
    raise ValueError("the comparisons finished within the limits")
