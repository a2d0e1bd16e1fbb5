# adversarial: repr() of an ExceptionGroup nested 100,000 deep
# cli: RecursionError
# embedded: RecursionError
e = ValueError()
for _ in range(100000):
    e = ExceptionGroup('g', [e])
repr(e)
