# adversarial: a for loop over 20,000 nested map objects
# cli: RecursionError
# embedded: RecursionError
def chain(wrap, n=20000):
    x = iter([1, 2, 3])
    for _ in range(n):
        x = wrap(x)
    return x
for v in chain(lambda x: map(abs, x)):
    pass
