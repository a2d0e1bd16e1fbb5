# Subclasses: a random() of their own, a getrandbits() of their own, a
# _randbelow() of their own, and what __init_subclass__ picks.
import random

class Fixed(random.Random):
    """random() only: integers are scaled from floats."""
    def __init__(self, values):
        self.values = list(values)
        super().__init__(0)
    def random(self):
        return self.values.pop(0)

f = Fixed([0.1, 0.5, 0.99, 0.25, 0.75, 0.0, 0.3, 0.6])
print(f.randrange(10), f.randint(1, 6), f.choice("abcdef"), f.uniform(0, 10))
print(f.values)
print(Fixed._randbelow is Fixed._randbelow_without_getrandbits)

class Bits(random.Random):
    """getrandbits() of its own: all bits set, then a counter."""
    def __init__(self):
        self.n = 0
        super().__init__(0)
    def getrandbits(self, k):
        self.n += 1
        return self.n % (1 << k)

b = Bits()
print([b.randrange(5) for _ in range(6)], b.choice("xyz"), b.n)
print(Bits._randbelow is Bits._randbelow_with_getrandbits)
l = list(range(6))
b.shuffle(l)
print(l)

class Below(random.Random):
    def _randbelow(self, n):
        return n - 1

w = Below(1)
print(w.randrange(10), w.choice("abc"), w.sample(range(5), 3), w.randint(1, 9))

class Child(Fixed):
    pass

print(Child._randbelow is Fixed._randbelow_without_getrandbits)

class Both(random.Random):
    def random(self):
        return 0.5
    def getrandbits(self, k):
        return 0
print(Both._randbelow is Both._randbelow_with_getrandbits, Both(1).randrange(7))

class Plain(random.Random):
    pass
print(Plain._randbelow is random.Random._randbelow)
print([Plain(4).randrange(100) for _ in range(3)], [random.Random(4).randrange(100) for _ in range(3)])
