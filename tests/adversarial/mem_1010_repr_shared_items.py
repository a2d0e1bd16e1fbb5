# adversarial: repr() of a list holding one 1 MB string 10**6 times (10**12 characters)
# cli: skip
# embedded: MemoryError
s = 'x' * 10**6
x = repr([s] * 10**6)
raise ValueError("the repr was made: %d" % len(x))
