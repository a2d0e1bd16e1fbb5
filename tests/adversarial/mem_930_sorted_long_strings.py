# adversarial: sorted() of 100,000 references to one 1 MB string (each comparison reads it whole) under a deadline (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
s = 'x' * 10**6
x = sorted([s] * 100000)
raise ValueError("the sort finished within the limits")
