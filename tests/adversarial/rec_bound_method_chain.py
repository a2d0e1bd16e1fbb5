# adversarial: f = f.__call__ repeated 100,000 times from abs, then called
# cli: RecursionError
# embedded: RecursionError
f = abs
for _ in range(100000):
    f = f.__call__
f(-1)
