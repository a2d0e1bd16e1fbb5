# adversarial: an ExceptionGroup nested 10,000 deep, then split
# cli: RecursionError
# embedded: RecursionError
e = ValueError()
for _ in range(10000):
    e = ExceptionGroup('g', [e])
e.split(ValueError)
