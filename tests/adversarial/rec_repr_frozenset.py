# adversarial: repr() of frozensets nested 100,000 deep
# cli: RecursionError
# embedded: RecursionError
s = frozenset()
for _ in range(100000):
    s = frozenset([s])
repr(s)
