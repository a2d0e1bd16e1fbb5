# adversarial: an exception with a __cause__ chain 20,000 long, raised to the top and printed
# cli: ValueError
# embedded: ValueError
e = None
for i in range(20000):
    n = ValueError(i)
    n.__cause__ = e
    e = n
raise e
