# adversarial: sum() of 20,000 nested filter objects
# cli: RecursionError
# embedded: RecursionError
def chain(wrap, n=20000):
    x = iter([1, 2, 3])
    for _ in range(n):
        x = wrap(x)
    return x
sum(chain(lambda x: filter(None, x)))
