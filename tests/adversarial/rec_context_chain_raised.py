# adversarial: an exception with a __context__ chain 20,000 long, raised to the top and printed
# cli: ValueError
# embedded: ValueError
e = None
for i in range(20000):
    n = ValueError(i)
    n.__context__ = e
    e = n
raise e
