# adversarial: next() of 90,000 nested enumerate objects
# cli: RecursionError
# embedded: RecursionError
def chain(wrap, n=90000):
    x = iter([1, 2, 3])
    for _ in range(n):
        x = wrap(x)
    return x
next(chain(enumerate))
