# adversarial: next() of 10,000 nested starmap(zip(...)) pairs
# cli: RecursionError
# embedded: RecursionError
import itertools
def chain(wrap, n=20000):
    x = iter([1, 2, 3])
    for _ in range(n):
        x = wrap(x)
    return x
next(chain(lambda x: itertools.starmap(lambda *a: a, zip(x)), 10000))
