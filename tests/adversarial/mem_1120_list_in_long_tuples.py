# adversarial: `in` and list.index of a 100,000-item tuple over 100,000 equal (not identical) tuples under a deadline (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
t = (0,) * 100000
lst = [t] * 100000
u = tuple(list(t)) + (1,)
if u in lst:
    raise ValueError("found")
x = lst.index(u)
raise ValueError("the searches finished within the limits")
