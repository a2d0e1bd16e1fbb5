# A subclass with only random() warns for ranges of 2**53 or more, and
# scales a float instead.
import random
import warnings

class Fixed(random.Random):
    def __init__(self, values):
        self.values = list(values)
        super().__init__(0)
    def random(self):
        return self.values.pop(0)

g = Fixed([0.5, 0.25])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(g.randrange(2**60), g.randrange(2**53))
for c in caught:
    print(c.category.__name__)
    print(str(c.message))

r = random.Random(3)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(r.randrange(10.0), r.randint(1.0, 3))
    try:
        r.randrange(2.5)
    except ValueError as e:
        print(type(e).__name__, e)
for c in caught:
    print(c.category.__name__, c.message)
