# adversarial: functools.partial over the previous partial's __call__, 100,000 deep
# cli: RecursionError
# embedded: RecursionError
import functools
f = functools.partial(abs, -1)
for _ in range(100000):
    f = functools.partial(f.__call__)
f()
