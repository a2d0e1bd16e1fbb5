# adversarial: repr() of an ExceptionGroup nested 10,000 deep
# cli: RecursionError
# embedded: RecursionError
e = ValueError()
for _ in range(10000):
    e = ExceptionGroup('g', [e])
repr(e)
