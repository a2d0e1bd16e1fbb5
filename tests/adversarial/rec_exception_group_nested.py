# adversarial: an ExceptionGroup nested 100,000 deep, then split
# cli: RecursionError
# embedded: RecursionError
e = ValueError()
for _ in range(100000):
    e = ExceptionGroup('g', [e])
e.split(ValueError)
