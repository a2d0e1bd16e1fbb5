# adversarial: isinstance() with a tuple nested 100,000 deep
# cli: RecursionError
# embedded: RecursionError
t = int
for _ in range(100000):
    t = (t,)
isinstance(1, t)
