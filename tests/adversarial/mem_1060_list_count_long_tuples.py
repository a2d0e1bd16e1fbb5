# adversarial: list.count of a 100,000-item tuple over 100,000 equal (not identical) tuples under a deadline (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
t = (0,) * 100000
lst = [t] * 100000
u = tuple(list(t))
x = lst.count(u)
raise ValueError("the count finished within the limits")
