# adversarial: repr() of a dict of 10**5 keys whose values are one 1 MB string (10**11 characters)
# cli: skip
# embedded: MemoryError
s = 'x' * 10**6
x = repr(dict.fromkeys(range(10**5), s))
raise ValueError("the repr was made: %d" % len(x))
