# adversarial: yield from chains 20,000 generators deep
# cli: RecursionError
# embedded: RecursionError
def g(inner):
    yield from inner
def chain(wrap, n=20000):
    x = iter([1, 2, 3])
    for _ in range(n):
        x = wrap(x)
    return x
next(chain(g))
