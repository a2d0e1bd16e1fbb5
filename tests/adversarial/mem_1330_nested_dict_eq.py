# adversarial: == of two dicts nested three levels, 4,000 keys a level, equal but not identical (6.4 * 10**10 values compared) under a deadline (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
# within: 6
A = dict.fromkeys(range(4000), dict.fromkeys(range(4000), dict.fromkeys(range(4000), 0)))
B = dict.fromkeys(range(4000), dict.fromkeys(range(4000), dict.fromkeys(range(4000), 0)))
if A == B:
    raise ValueError("the comparison finished within the limits")
