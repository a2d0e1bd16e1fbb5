# The first numbers of a seeded generator, and the module functions.
import random

r = random.Random(42)
print([r.random() for _ in range(5)])
print([r.getrandbits(8) for _ in range(5)])
print(r.randint(1, 100), r.randrange(10), r.choice("abcdef"))

random.seed(42)
print(random.random())
print(random.randint(1, 6), random.randrange(100), random.uniform(1, 2))

r1 = random.Random(7)
r2 = random.Random(7)
print(all(r1.random() == r2.random() for _ in range(100)))

x = random.random()
print(type(x).__name__, 0.0 <= x < 1.0)
print(isinstance(random._inst, random.Random), type(random._inst).__name__)
print(random.Random.__mro__[1].__module__, random.Random.__mro__[1].__name__)
print(random.Random.VERSION)
