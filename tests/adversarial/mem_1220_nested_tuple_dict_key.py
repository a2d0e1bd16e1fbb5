# adversarial: a dict lookup whose key compares equal to a stored key item by item through three levels of 4,000-item tuples (a cheap __hash__) under a deadline (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
# within: 6
class K(tuple):
    def __hash__(self):
        return 1


x = (0,) * 4000
y = tuple([0] * 4000)
d = {K(((x,) * 4000,) * 4000): 1}
print(d[K(((y,) * 4000,) * 4000)])
raise ValueError("the lookup finished within the limits")
