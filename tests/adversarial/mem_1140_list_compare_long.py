# adversarial: == and < of two lists of 10**6 references to equal 1,000-item tuples (10**9 item comparisons in one operation) under a deadline (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
t = (0,) * 1000
u = tuple(list(t))
a = [t] * 10**6
b = [u] * 10**6
for _ in range(1000):
    x = a == b
    y = a < b
raise ValueError("the comparisons finished within the limits")
