# adversarial: issubclass() with a tuple nested 100,000 deep
# cli: RecursionError
# embedded: RecursionError
t = str
for _ in range(100000):
    t = (t,)
issubclass(int, t)
