# adversarial: next() of 20,000 nested itertools.accumulate objects
# cli: RecursionError
# embedded: RecursionError
import itertools
def chain(wrap, n=20000):
    x = iter([1, 2, 3])
    for _ in range(n):
        x = wrap(x)
    return x
next(chain(itertools.accumulate))
