# adversarial: list.sort of 100,000 references to one 100,000-item tuple (10**10 item comparisons in one call) under a deadline (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
t = (0,) * 100000
lst = [t] * 100000
lst.sort()
raise ValueError("the sort finished within the limits")
