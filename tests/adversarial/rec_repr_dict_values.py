# adversarial: repr() of dict views over nested dicts, 100,000 deep
# cli: RecursionError
# embedded: RecursionError
d = {}
for _ in range(100000):
    d = {1: d.values()}
repr(d)
