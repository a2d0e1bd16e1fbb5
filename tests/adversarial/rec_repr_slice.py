# adversarial: repr() of slices nested 100,000 deep
# cli: RecursionError
# embedded: RecursionError
s = slice(None)
for _ in range(100000):
    s = slice(s)
repr(s)
