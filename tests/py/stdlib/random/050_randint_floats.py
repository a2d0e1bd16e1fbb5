# randint(), and randrange() with integral floats (deprecated but accepted).
import random

r = random.Random(5)
print([r.randint(1, 6) for _ in range(20)])
print([r.randint(-3, -1) for _ in range(10)])
print(r.randint(0, 0), r.randint(10**20, 10**20 + 5), r.randint(-2**63, 2**63))
print(r.randint(True, 3))

def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

attempt(r.randint, 3, 2)
attempt(r.randint, 3.5, 5)
attempt(r.randint, 1, "2")
attempt(r.randint, 1)

# integral floats are accepted with a DeprecationWarning (not printed here:
# warnings go to stderr)
import sys
a = random.Random(8)
b = random.Random(8)
print(a.randrange(10.0) == b.randrange(10), a.randrange(2.0, 30.0) == b.randrange(2, 30))
print(a.randrange(0, 20, 2.0) == b.randrange(0, 20, 2), a.randint(1.0, 6.0) == b.randint(1, 6))
print(type(a.randrange(10.0)).__name__)
