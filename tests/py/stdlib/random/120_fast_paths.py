# An exact Random and a plain subclass must draw the very same numbers for
# every method, whatever the arguments (Kaa runs native fast paths for the
# first and the Python methods for the second).
import random

class Sub(random.Random):
    pass

def run(cls, seed):
    r = cls(seed)
    out = []
    for i in range(30):
        out.append(r.randrange(1 + i * 37))
        out.append(r.randrange(-i, 3 * i + 1))
        out.append(r.randrange(100, -100, -(i % 7) - 1))
        out.append(r.randrange(0, 2**70, 2**40 + i))
        out.append(r.randint(-2**62, 2**62))
        out.append(r.randint(0, i))
        out.append(r.choice([1, 2, 3, i]))
        out.append(r.choice((4, 5)))
        out.append(r.choice("text"))
        lst = list(range(i))
        r.shuffle(lst)
        out.append(lst)
        out.append(r.sample(range(50), 10))
        out.append(r.sample(list(range(500)), i))
        out.append(r.sample((1, 2, 3, 4, 5, 6, 7), k=7))
        out.append(r.choices([1, 2, 3], k=4))
        out.append(r.choices((1, 2, 3), [1, 2.5, 0], k=3))
        out.append(r.choices([1, 2, 3], cum_weights=[1, 1, 9], k=3))
        out.append(r.choices("abc", weights=[2**53, 1, 2**53], k=2))
        out.append(r.uniform(i, 2 * i + 1))
        out.append(r.uniform(0.5, -i))
        out.append(r.uniform(2**62, -2**62))
        out.append(r.gauss())
        out.append(r.gauss(i, 0.5))
        out.append(r.expovariate(i + 1))
        out.append(r.expovariate(-0.25))
    out.append(r.getstate())
    return out

for seed in [1, 2**80, "fast"]:
    a = run(random.Random, seed)
    b = run(Sub, seed)
    print(repr(seed), a == b, len(a), a[:8])

# an instance attribute shadowing a method is honoured
r = random.Random(5)
r._randbelow = lambda n: 0
print(r.randrange(10), r.choice("abc"), r.randint(5, 9))
r = random.Random(5)
r.random = lambda: 0.5
print(r.uniform(0, 10), r.choices("abcd", k=3), r.expovariate(1.0))
r = random.Random(5)
r.gauss_next = 1.25
print(r.gauss(), r.gauss() == random.Random(5).gauss())
