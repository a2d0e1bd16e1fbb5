# SystemRandom: numbers from the operating system, no state.
import random

s = random.SystemRandom()
x = s.random()
print(type(x).__name__, 0.0 <= x < 1.0)
print(all(0 <= s.randrange(10) < 10 for _ in range(100)))
print(all(1 <= s.randint(1, 6) <= 6 for _ in range(100)))
print(s.choice("a"), sorted(s.sample(range(5), 5)), len(s.choices("ab", k=7)))
print(s.getrandbits(0), 0 <= s.getrandbits(1) <= 1, s.getrandbits(100) < 2**100)
print(len(s.randbytes(17)), s.randbytes(0))
l = list(range(20))
s.shuffle(l)
print(sorted(l) == list(range(20)))
print(s.seed(1), s.seed(), s.seed(1, 2, x=3), s.gauss_next)
print(isinstance(s.gauss(), float), isinstance(s.uniform(1, 2), float))
print(random.SystemRandom._randbelow is random.SystemRandom._randbelow_with_getrandbits)
print(random.SystemRandom(5).random() != random.SystemRandom(5).random())

def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

attempt(s.getstate)
attempt(s.setstate, (3, (), None))
attempt(s.getrandbits, -1)
attempt(s.randbytes, -1)
attempt(s.randrange, 0)
attempt(s.choice, [])
