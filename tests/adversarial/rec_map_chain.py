# adversarial: next() of 90,000 nested map objects
# cli: RecursionError
# embedded: RecursionError
x = iter([1])
for _ in range(90000):
    x = map(abs, x)
next(x)
